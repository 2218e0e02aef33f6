import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './events.js';
import { Store } from '../store/index.js';
import { syntheticEvents } from '../scripts/synth.js';
import type { IO } from './io.js';

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function call(argv: string[], cwd: string) {
  const out = sink();
  const err = sink();
  const io: IO = { stdout: out.stream, stderr: err.stream, cwd };
  const code = await run(argv, io);
  return { code, out: out.text(), err: err.text() };
}

const ITEMS = [...syntheticEvents(600, 3)];
const ALL = ITEMS.flatMap((i) => i.events);

function withDb(fn: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tulip-events-'));
    try {
      const s = Store.open(join(dir, 'data', 'tulip.db'));
      s.ingest(ITEMS);
      s.close();
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('events: default db under cwd, jsonl of every event, newest first', withDb(async (dir) => {
  const r = await call([], dir);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, ALL.length);
  const dates = lines.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
}));

test('events: --sort orders the whole output (most dead first, oldest first)', withDb(async (dir) => {
  const r = await call(['--sort=-fatalities', '--format', 'jsonl'], dir);
  assert.equal(r.code, 0, r.err);
  const dead = r.out.trimEnd().split('\n').map((l) => JSON.parse(l).size.dead?.value ?? 0);
  assert.equal(dead.length, ALL.length);
  assert.deepEqual(dead, [...dead].sort((a, b) => b - a));
  const o = await call(['--sort', 'date', '--limit', '50'], dir);
  const dates = o.out.trimEnd().split('\n').map((l) => JSON.parse(l).date);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(dates[0], [...ALL.map((e) => e.date)].sort()[0]);
}));

test('events: filters and limit', withDb(async (dir) => {
  const cc = ALL[0].event_loc.country_code!;
  const r = await call(['--type', 'protest,ASSAULT', '--country', cc.toLowerCase(), '--from', '2018-06-01', '--min-confidence', '0.5'], dir);
  assert.equal(r.code, 0, r.err);
  const got = r.out.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).id).sort();
  const want = ALL.filter(
    (e) => ['PROTEST', 'ASSAULT'].includes(e.event) && e.event_loc.country_code === cc && e.date! >= '2018-06-01' && e.confidence >= 0.5,
  ).map((e) => e.id).sort();
  assert.deepEqual(got, want);
  const lim = await call(['--limit', '7', '--actor', 'police', '--db', 'data/tulip.db'], dir);
  assert.equal(lim.code, 0, lim.err);
  const ev = lim.out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(ev.length, 7);
  for (const e of ev) assert.match(JSON.stringify([e.actor, e.recipient]).toLowerCase(), /police/);
  const q = await call(['--q', 'tear gas', '--format', 'json'], dir);
  const arr = JSON.parse(q.out);
  assert.ok(arr.length > 0);
  for (const e of arr) assert.match(e.text_info.sentence, /tear gas/);
  for (const at of ['Protests', 'none']) {
    const a = await call(['--acled-type', at], dir);
    assert.equal(a.code, 0, a.err);
    const ids = a.out.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).id).sort();
    assert.deepEqual(ids, ALL.filter((e) => (e.acled?.event_type ?? 'none') === at).map((e) => e.id).sort(), at);
  }
}));

test('events: csv, geojson, plover and acled formats', withDb(async (dir) => {
  const csv = await call(['--format', 'csv', '--limit', '5'], dir);
  assert.equal(csv.code, 0);
  const rows = csv.out.split('\r\n').filter(Boolean);
  assert.match(rows[0], /^id,date,/);
  assert.equal(rows.length, 6);
  const gj = JSON.parse((await call(['--format', 'geojson', '--bbox=-20,-35,52,38'], dir)).out);
  assert.equal(gj.type, 'FeatureCollection');
  assert.ok(gj.features.length > 0);
  for (const f of gj.features) {
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(lon >= -20 && lon <= 52 && lat >= -35 && lat <= 38);
  }
  const pl = (await call(['--format', 'plover', '--limit', '3'], dir)).out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(pl.length, 3);
  assert.ok('has_event' in pl[0] && 'event_loc' in pl[0]);
  const ac = await call(['--format', 'acled', '--limit', '10'], dir);
  const acRows = ac.out.split('\r\n').filter(Boolean);
  assert.match(acRows[0], /^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,/);
  assert.equal(acRows.length, 11, 'limit counts ACLED rows');
}));

test('events: missing database is a clear error, not a crash, and is not created', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tulip-events-'));
  try {
    const r = await call(['--db', 'nope/x.db'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /no database at .*nope[/\\]x\.db/);
    assert.equal(existsSync(join(dir, 'nope')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('events: bad option values exit 2 and name the option', withDb(async (dir) => {
  const cases: Array<[string[], RegExp]> = [
    [['--limit', 'ten'], /--limit/],
    [['--limit', '0'], /--limit/],
    [['--limit', '2.5'], /--limit/],
    [['--type', 'RIOT'], /--type/],
    [['--country', 'KGZ'], /--country/],
    [['--from', '2020-13-01'], /--from/],
    [['--to', 'yesterday'], /--to/],
    [['--from', '2021-01-01', '--to', '2020-01-01'], /--from/],
    [['--min-confidence', '2'], /--min-confidence/],
    [['--acled-type', 'Dancing'], /--acled-type/],
    [['--format', 'xml'], /--format/],
    [['--bbox', '1,2,3'], /--bbox/],
    [['--q', '!!!'], /--q/],
    [['--sort', 'dead'], /--sort/],
    [['--frobnicate'], /frobnicate/],
    [['stray'], /stray/],
  ];
  for (const [argv, re] of cases) {
    const r = await call(argv, dir);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, re, argv.join(' '));
    assert.equal(r.out, '');
  }
  const h = await call(['--help'], dir);
  assert.equal(h.code, 0);
  assert.match(h.out, /Example/);
}));
