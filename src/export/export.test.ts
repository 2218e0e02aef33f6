import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatEvents, FORMATS, FLAT_COLUMNS, ACLED_COLUMNS } from './index.js';
import { syntheticEvents } from '../scripts/synth.js';
import type { EventRecord } from '../types.js';

/** RFC 4180 parser, written independently of the exporter: returns rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      assert.equal(field, '', 'a quote may only open a field');
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.ok(ch !== '\n' && ch !== '\r', `bare line break at ${i}`);
      field += ch;
      i++;
    }
  }
  assert.equal(quoted, false, 'unterminated quote');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const EVENTS: EventRecord[] = [...syntheticEvents(300, 5)].flatMap((i) => i.events);

/** an event whose text fields hold every character CSV must protect */
function nasty(): EventRecord {
  const e = structuredClone(EVENTS.find((x) => x.acled && x.actor)!);
  e.id = 'ev_nasty';
  e.text_info.sentence = 'He said, "stop",\nthen left\r\nagain; <script>alert(1)</script>';
  e.actor!.entity_name = 'Police, "riot" unit';
  e.article.title = 'A "quoted", title';
  e.event_loc.resolved_place = 'Osh\nCity';
  return e;
}

const text = (events: EventRecord[], f: (typeof FORMATS)[number]) => [...formatEvents(events, f)].join('');

test('csv: header, one row per event, RFC 4180 quoting round-trips', () => {
  const evs = [...EVENTS, nasty()];
  const rows = parseCsv(text(evs, 'csv'));
  assert.deepEqual(rows[0], [...FLAT_COLUMNS]);
  assert.equal(rows.length, evs.length + 1);
  const col = (name: string) => rows[0].indexOf(name);
  for (const [i, e] of evs.entries()) {
    const r = rows[i + 1];
    assert.equal(r.length, FLAT_COLUMNS.length);
    assert.equal(r[col('id')], e.id);
    assert.equal(r[col('sentence')], e.text_info.sentence);
    assert.equal(r[col('actor_text')], e.actor?.entity_text ?? '');
    assert.equal(r[col('actor_name')], e.actor?.entity_name ?? '');
    assert.equal(r[col('recipient_sector')], e.recipient?.sector ?? '');
    assert.equal(r[col('lat')], e.event_loc.lat === null ? '' : String(e.event_loc.lat));
    assert.equal(r[col('dead')], e.size.dead ? String(e.size.dead.value) : '');
    assert.equal(r[col('article_id')], e.article.id);
    assert.equal(r[col('article_title')], e.article.title);
    assert.equal(r[col('resolved_place')], e.event_loc.resolved_place ?? '');
    assert.equal(r[col('context')], e.context.join(';'));
  }
  // empty input still has the header
  assert.deepEqual(parseCsv(text([], 'csv')), [[...FLAT_COLUMNS]]);
});

test('acled: ACLED columns, events without an ACLED type skipped, values by ACLED conventions', () => {
  const evs = [...EVENTS, nasty()];
  const rows = parseCsv(text(evs, 'acled'));
  assert.deepEqual(rows[0], [...ACLED_COLUMNS] as string[]);
  const kept = evs.filter((e) => e.acled);
  assert.ok(kept.length < evs.length, 'some events have no ACLED type');
  assert.equal(rows.length, kept.length + 1);
  const h: string[] = rows[0];
  const get = (r: string[], c: string) => r[h.indexOf(c)];
  for (const [i, e] of kept.entries()) {
    const r = rows[i + 1];
    assert.equal(r.length, ACLED_COLUMNS.length);
    assert.equal(get(r, 'event_date'), e.date);
    assert.equal(get(r, 'year'), e.date!.slice(0, 4));
    assert.equal(get(r, 'event_type'), e.acled!.event_type);
    assert.equal(get(r, 'sub_event_type'), e.acled!.sub_event_type);
    assert.equal(get(r, 'actor1'), e.actor?.entity_name ?? '');
    assert.equal(get(r, 'notes'), e.text_info.sentence);
    assert.equal(get(r, 'fatalities'), String(e.size.dead?.value ?? 0));
    assert.equal(get(r, 'geo_precision'), { city: '1', admin1: '2', country: '3' }[e.event_loc.resolution!]);
    assert.equal(get(r, 'time_precision'), { day: '1', week: '2', month: '3', year: '3' }[e.date_precision!]);
    assert.equal(get(r, 'latitude'), String(e.event_loc.lat));
    assert.match(get(r, 'iso'), /^\d+$/);
    assert.ok(get(r, 'region').length > 0);
    assert.match(get(r, 'inter1'), /^[1-8]$/);
    const i1 = Number(get(r, 'inter1'));
    const i2 = get(r, 'inter2') === '' ? null : Number(get(r, 'inter2'));
    assert.equal(Number(get(r, 'interaction')), i2 === null ? i1 * 10 : Math.min(i1, i2) * 10 + Math.max(i1, i2));
    if (e.acled!.sub_event_type === 'Peaceful protest') assert.equal(i1, 6, `protester class for ${e.actor?.sector}`);
    if (e.acled!.sub_event_type === 'Excessive force against protesters') assert.equal(i2, 6);
    if (e.acled!.event_type === 'Violence against civilians') assert.equal(get(r, 'civilian_targeting'), 'Civilian targeting');
    if (e.acled!.event_type === 'Protests' || e.acled!.event_type === 'Riots') assert.match(get(r, 'tags'), /^crowd size=/);
  }
  // Kyrgyzstan: ISO numeric 417, ACLED region
  const kg = kept.find((e) => e.event_loc.country_code === 'KG');
  if (kg) {
    const r = rows[kept.indexOf(kg) + 1];
    assert.equal(get(r, 'iso'), '417');
    assert.equal(get(r, 'region'), 'Caucasus and Central Asia');
  }
});

test('geojson: a valid FeatureCollection of points [lon, lat] with flat properties', () => {
  const noCoords = structuredClone(EVENTS[0]);
  noCoords.id = 'ev_nowhere';
  noCoords.event_loc = { ...noCoords.event_loc, lat: null, lon: null };
  const gj = JSON.parse(text([...EVENTS, noCoords, nasty()], 'geojson'));
  assert.equal(gj.type, 'FeatureCollection');
  assert.equal(gj.features.length, EVENTS.length + 1);
  for (const f of gj.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Point');
    const [lon, lat] = f.geometry.coordinates;
    assert.equal(lon, f.properties.lon);
    assert.equal(lat, f.properties.lat);
    assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
    for (const v of Object.values(f.properties)) assert.ok(v === null || typeof v !== 'object', 'flat properties');
  }
  assert.ok(!gj.features.some((f: { id: string }) => f.id === 'ev_nowhere'));
  assert.equal(gj.features.at(-1).properties.sentence, nasty().text_info.sentence);
  assert.deepEqual(JSON.parse(text([], 'geojson')), { type: 'FeatureCollection', features: [] });
});

test('json, jsonl and plover round-trip', () => {
  const evs = [...EVENTS.slice(0, 50), nasty()];
  assert.deepEqual(JSON.parse(text(evs, 'json')), evs);
  assert.deepEqual(JSON.parse(text([], 'json')), []);
  const lines = text(evs, 'jsonl').trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l)), evs);
  const pl = text(evs, 'plover').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(pl.length, evs.length);
  for (const [i, p] of pl.entries()) {
    const e = evs[i];
    for (const k of ['id', 'date', 'actor', 'event']) assert.ok(k in p, `required PLOVER field ${k}`);
    assert.equal(p.event, e.event);
    assert.equal(p.date, e.date);
    assert.equal(p.actor?.entity_text ?? null, e.actor?.entity_text ?? null);
    assert.equal(p.event_loc.resolution, { city: 4, admin1: 2, country: 1 }[e.event_loc.resolution!]);
    assert.equal(p.text, e.text_info.sentence);
    assert.equal(p.size.dead, e.size.dead?.value ?? null);
    assert.equal(p.coder, 'tulip');
  }
});

test('exports stream in chunks and never hold the whole input', () => {
  let pulled = 0;
  function* counting() {
    for (const i of syntheticEvents(20_000, 9)) for (const e of i.events) {
      pulled++;
      yield e;
    }
  }
  const it = formatEvents(counting(), 'csv');
  const first = it.next();
  assert.equal(first.done, false);
  assert.ok(pulled < 20_000, `first chunk after ${pulled} events`);
  let n = 1;
  while (!it.next().done) n++;
  assert.ok(n > 2);
  assert.equal(pulled, 20_000);
});
