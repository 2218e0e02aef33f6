import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store, StoreError, SPARSE_LIMITS, STATS_PATHS, SCHEMA_VERSION, type EventFilter, type IngestItem, type Stats } from './index.js';
import { syntheticEvents } from '../scripts/synth.js';
import { Facts } from './facts.js';
import { bucketStart, chooseBucket, bucketEnd, nextBucket, bucketCount, AUTO_MAX_BUCKETS } from './buckets.js';
import type { EventRecord } from '../types.js';

function tempDb(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tulip-store-'));
  return { path: join(dir, 'sub', 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

const ITEMS: IngestItem[] = [...syntheticEvents(2000, 11)];
const ALL: EventRecord[] = ITEMS.flatMap((i) => i.events);

function order(a: EventRecord, b: EventRecord): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** the list orders (types.ts SORTS) as comparators */
const SORT_CMP = (() => {
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  const d = (e: EventRecord) => e.date ?? '';
  const dead = (e: EventRecord) => e.size?.dead?.value ?? 0;
  return {
    date: (a: EventRecord, b: EventRecord) => cmp(d(a), d(b)) || cmp(b.id, a.id),
    type: (a: EventRecord, b: EventRecord) => cmp(a.event, b.event) || cmp(d(b), d(a)) || cmp(a.id, b.id),
    '-fatalities': (a: EventRecord, b: EventRecord) => cmp(dead(b), dead(a)) || cmp(d(b), d(a)) || cmp(a.id, b.id),
    fatalities: (a: EventRecord, b: EventRecord) => cmp(dead(a), dead(b)) || cmp(d(a), d(b)) || cmp(b.id, a.id),
  } as const;
})();

/** every page of a filter, following cursors */
function allPages(s: Store, f: EventFilter): EventRecord[] {
  const out: EventRecord[] = [];
  let cursor: string | null = null;
  let guard = 0;
  do {
    const p = s.query({ ...f, cursor });
    out.push(...p.events);
    cursor = p.next;
    assert.ok(++guard < 10_000);
  } while (cursor);
  return out;
}

test('open creates folders, schema version and WAL; readonly refuses a missing file', () => {
  const t = tempDb();
  try {
    const s = Store.open(t.path);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), SCHEMA_VERSION);
    s.close();
    // reopening runs no migration twice
    const s2 = Store.open(t.path);
    assert.equal(s2.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), SCHEMA_VERSION);
    s2.close();
    const ro = Store.open(t.path, { readonly: true });
    assert.deepEqual(ro.counts(), { articles: 0, events: 0 });
    assert.throws(() => ro.ingest(ITEMS.slice(0, 1)));
    ro.close();
    assert.throws(() => Store.open(t.path + '.missing', { readonly: true }));
    assert.equal(existsSync(t.path + '.missing'), false);
  } finally {
    t.done();
  }
});

test('ingest, get back, idempotent re-ingest replaces instead of duplicating', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    const r = s.ingest(ITEMS);
    assert.deepEqual(r, { articles: ITEMS.length, events: ALL.length, replaced: 0 });
    assert.deepEqual(s.counts(), { articles: ITEMS.length, events: ALL.length });
    const e = ALL[17];
    assert.deepEqual(s.getEvent(e.id), e);
    assert.equal(s.getEvent('nope'), null);
    const a = s.getArticle(ITEMS[3].article.id)!;
    assert.equal(a.text, ITEMS[3].article.text);
    assert.deepEqual(a.events, ITEMS[3].events);
    // same batch again: same counts
    const r2 = s.ingest(ITEMS.slice(0, 50));
    assert.equal(r2.replaced, 50);
    assert.deepEqual(s.counts(), { articles: ITEMS.length, events: ALL.length });
    // an article re-coded with fewer events loses the others, in every index
    const item = ITEMS[5];
    const kept = item.events[0];
    const changed: IngestItem = { article: { ...item.article, title: 'Zanzibarian retitle' }, events: [kept] };
    s.ingest([changed]);
    assert.deepEqual(s.counts(), { articles: ITEMS.length, events: ALL.length - item.events.length + 1 });
    assert.equal(s.getArticle(item.article.id)!.events.length, 1);
    for (const gone of item.events.slice(1)) assert.equal(s.getEvent(gone.id), null);
    // FTS follows the replacement: old title is gone, new one found
    const hits = s.query({ q: 'zanzibarian' }).events;
    assert.deepEqual(hits.map((h) => h.id), [kept.id]);
    const total = s.stats({}).total;
    assert.equal(total, s.counts().events);
  } finally {
    s.close();
    t.done();
  }
});

test('a failing batch rolls back only itself', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest(ITEMS.slice(0, 100));
    const before = s.counts();
    const bad = { ...ITEMS[200].events[0], event: null as unknown as string };
    assert.throws(() => s.ingest([ITEMS[100], ITEMS[101], { article: ITEMS[200].article, events: [bad] }]));
    // a failing replacement of an existing article must not delete it either
    assert.throws(() => s.ingest([{ article: ITEMS[0].article, events: [bad] }]));
    assert.deepEqual(s.counts(), before);
    assert.ok(s.getArticle(ITEMS[0].article.id));
    assert.equal(s.getArticle(ITEMS[100].article.id), null);
    assert.deepEqual(s.getEvent(ITEMS[0].events[0].id), ITEMS[0].events[0]);
    assert.equal(s.query({ q: ITEMS[0].events[0].event_text }).events.length > 0, true);
    // the store still works afterwards
    s.ingest([ITEMS[100]]);
    assert.equal(s.counts().articles, before.articles + 1);
  } finally {
    s.close();
    t.done();
  }
});

test('filters, alone and combined, match a plain scan of the records; paging covers every row once', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest(ITEMS);
    const someCountry = ALL[0].event_loc.country_code!;
    const actorOf = (e: EventRecord) =>
      [e.actor, e.recipient].flatMap((a) => (a ? [a.entity_text, a.entity_name, a.code ?? '', a.cameo_code ?? ''] : [])).join(' | ').toLowerCase();
    const cases: Array<[string, EventFilter, (e: EventRecord) => boolean]> = [
      ['all', {}, () => true],
      ['type', { type: ['PROTEST'] }, (e) => e.event === 'PROTEST'],
      ['types', { type: ['ASSAULT', 'COERCE'] }, (e) => e.event === 'ASSAULT' || e.event === 'COERCE'],
      ['country', { country: someCountry.toLowerCase() }, (e) => e.event_loc.country_code === someCountry],
      ['from/to', { from: '2020-01-01', to: '2020-12-31' }, (e) => !!e.date && e.date >= '2020-01-01' && e.date <= '2020-12-31'],
      ['actor (trigram path)', { actor: 'Police' }, (e) => actorOf(e).includes('police')],
      ['actor (short)', { actor: 'Un' }, (e) => actorOf(e).includes('un')],
      ['actor code', { actor: 'kgz' }, (e) => actorOf(e).includes('kgz')],
      ['min confidence', { minConfidence: 0.9 }, (e) => e.confidence >= 0.9],
      ['bbox africa', { bbox: [-20, -35, 52, 38] }, (e) => e.event_loc.lon! >= -20 && e.event_loc.lon! <= 52 && e.event_loc.lat! >= -35 && e.event_loc.lat! <= 38],
      ['bbox across 180', { bbox: [170, -90, -60, 90] }, (e) => e.event_loc.lon! >= 170 || e.event_loc.lon! <= -60],
      ['article', { articleId: ITEMS[9].article.id }, (e) => e.article.id === ITEMS[9].article.id],
      ['q', { q: 'tear gas' }, (e) => /\btear\b/i.test(e.text_info.sentence) && /\bgas\b/i.test(e.text_info.sentence)],
      ['q title', { q: 'fuel' }, (e) => /\bfuel\b/i.test(e.text_info.sentence) || /\bfuel\b/i.test(e.article.title ?? '')],
      [
        'combined',
        { type: ['ASSAULT', 'PROTEST'], from: '2019-01-01', minConfidence: 0.6, actor: 'police', bbox: [-180, -60, 180, 60] },
        (e) => ['ASSAULT', 'PROTEST'].includes(e.event) && e.date! >= '2019-01-01' && e.confidence >= 0.6 && actorOf(e).includes('police') && Math.abs(e.event_loc.lat!) <= 60,
      ],
      [
        'combined text',
        { q: 'killing', country: someCountry, to: '2024-06-30' },
        (e) => /\bkilling\b/i.test(e.text_info.sentence) && e.event_loc.country_code === someCountry && e.date! <= '2024-06-30',
      ],
      ['nothing', { q: '"; DROP TABLE events; --' }, (e) => /\bdrop\b/i.test(e.text_info.sentence)],
      ['acled type', { acledType: 'Protests' }, (e) => e.acled?.event_type === 'Protests'],
      ['acled none', { acledType: 'none' }, (e) => !e.acled],
      ['acled + type + q', { acledType: 'Battles', type: ['ASSAULT', 'COERCE'], q: 'killing' }, (e) => e.acled?.event_type === 'Battles' && ['ASSAULT', 'COERCE'].includes(e.event) && /\bkilling\b/i.test(e.text_info.sentence)],
    ];
    const saved = { ...SPARSE_LIMITS };
    try {
      // index-backed filters both ways: rows fetched by rowid (few hits) and checked along the
      // date order (many hits)
      for (const limits of [saved, { page: 3, count: 3 }]) {
        Object.assign(SPARSE_LIMITS, limits);
        for (const [name, f, pred] of cases) {
          const label = `${name} (sparse limit ${limits.page})`;
          const expected = ALL.filter(pred).sort(order).map((e) => e.id);
          const got = allPages(s, { ...f, limit: 37 }).map((e) => e.id);
          assert.equal(new Set(got).size, got.length, `${label}: no duplicates`);
          assert.deepEqual(got, expected, label);
          bothPaths((path) => {
            const st = s.stats(f);
            assert.equal(st.total, expected.length, `${label}: stats total (${path})`);
            assert.equal(st.byDay.reduce((n, d) => n + d.count, 0), expected.length, `${label}: stats by day (${path})`);
          });
          assert.deepEqual([...s.iterate(f)].map((e) => e.id), expected, `${label}: iterate`);
          // every other order, over pages of the same filter
          for (const [sort, cmp] of Object.entries(SORT_CMP) as Array<[keyof typeof SORT_CMP, (a: EventRecord, b: EventRecord) => number]>) {
            const want = ALL.filter(pred).sort(cmp).map((e) => e.id);
            assert.deepEqual(allPages(s, { ...f, sort, limit: 37 }).map((e) => e.id), want, `${label}, sort=${sort}`);
          }
        }
      }
    } finally {
      Object.assign(SPARSE_LIMITS, saved);
    }
    assert.ok(ALL.filter((e) => actorOf(e).includes('police')).length > 10);
    assert.equal(s.query({}).events.length, 100, 'default limit');
    assert.equal(s.query({ limit: Number.NaN }).events.length, 100, 'NaN limit means the default');
    assert.equal(s.query({ limit: 0 }).events.length, 1, 'limit at least 1');
    assert.equal(s.query({ limit: 1e9 }).events.length, ALL.length, 'large limit capped, not an error');
    assert.throws(() => s.query({ cursor: 'garbage' }), StoreError);
    assert.throws(() => s.query({ sort: 'dead' as never }), StoreError);
  } finally {
    s.close();
    t.done();
  }
});

test('sort: cursors carry the sort key, refuse another sort, and the old date cursor still works', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest(ITEMS.slice(0, 300));
    const p = s.query({ sort: '-fatalities', limit: 5 });
    const key = JSON.parse(Buffer.from(p.next!, 'base64url').toString('utf8')) as unknown[];
    const last = p.events[4];
    assert.deepEqual(key, ['-fatalities', last.size.dead?.value ?? 0, last.date, last.id]);
    assert.throws(() => s.query({ cursor: p.next }), /cursor was made for sort=-fatalities/);
    assert.throws(() => s.query({ sort: 'type', cursor: p.next }), StoreError);
    // a forged key of the wrong type
    const bad = Buffer.from(JSON.stringify(['-fatalities', 'x', '2020-01-01', 'ev'])).toString('base64url');
    assert.throws(() => s.query({ sort: '-fatalities', cursor: bad }), StoreError);
    // '-date' cursors are [date, id], as before sorting existed
    const d = s.query({ limit: 5 });
    assert.deepEqual(JSON.parse(Buffer.from(d.next!, 'base64url').toString('utf8')), [d.events[4].date, d.events[4].id]);
    assert.deepEqual(s.query({ sort: '-date', cursor: d.next, limit: 5 }), s.query({ cursor: d.next, limit: 5 }));
    // the list orders have their indexes
    for (const idx of ['events_by_dead', 'events_by_acled_type']) assert.ok(s.db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(idx), idx);
  } finally {
    s.close();
    t.done();
  }
});

test('stats per week, month and year equal the days regrouped, on every path; auto keeps within the limit', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest(ITEMS);
    const cc = ALL[0].event_loc.country_code!;
    const filters: EventFilter[] = [{}, { type: ['PROTEST', 'ASSAULT'] }, { country: cc }, { country: cc, from: '2019-05-09', type: ['ASSAULT'] }, { country: cc, from: '2020-03-01', to: '2021-02-28' }, { q: 'killing' }, { actor: 'police', acledType: 'Protests' }];
    bothPaths((path) => {
      for (const f of filters) {
        const perDay = s.stats(f);
        assert.equal(perDay.bucket, 'day');
        for (const b of ['week', 'month', 'year'] as const) {
          const st = s.stats(f, { bucket: b });
          const label = `${path} ${b} ${JSON.stringify(f)}`;
          assert.equal(st.bucket, b, label);
          assert.equal(st.total, perDay.total, label);
          assert.deepEqual(st.byAcledType, perDay.byAcledType, label);
          const want = new Map<string, number>();
          for (const d of perDay.byDay) want.set(bucketStart(d.date, b), (want.get(bucketStart(d.date, b)) ?? 0) + d.count);
          assert.deepEqual(st.byDay, [...want].map(([date, count]) => ({ date, count })), label);
          const wantT = new Map<string, number>();
          for (const d of perDay.byDayType) wantT.set(`${bucketStart(d.date, b)}|${d.type}`, (wantT.get(`${bucketStart(d.date, b)}|${d.type}`) ?? 0) + d.count);
          assert.deepEqual(st.byDayType, [...wantT.keys()].sort().map((k) => ({ date: k.split('|')[0], type: k.split('|')[1], count: wantT.get(k)! })), label);
        }
        const auto = s.stats(f, { bucket: 'auto' });
        const first = perDay.byDay[0]?.date ?? null;
        const lastDay = perDay.byDay[perDay.byDay.length - 1]?.date ?? null;
        assert.equal(auto.bucket, chooseBucket(first, lastDay), `${path} auto ${JSON.stringify(f)}`);
        assert.ok(auto.byDay.length <= AUTO_MAX_BUCKETS);
      }
    });
  } finally {
    s.close();
    t.done();
  }
});

test('buckets: starts, ends and counts of weeks (Monday to Sunday), months and years', () => {
  assert.equal(bucketStart('2024-03-06', 'week'), '2024-03-04'); // a Wednesday
  assert.equal(bucketStart('2024-03-04', 'week'), '2024-03-04');
  assert.equal(bucketStart('2024-03-10', 'week'), '2024-03-04'); // Sunday
  assert.equal(bucketStart('2021-01-01', 'week'), '2020-12-28');
  assert.equal(bucketStart('2024-02-29', 'month'), '2024-02-01');
  assert.equal(bucketStart('2024-02-29', 'year'), '2024-01-01');
  assert.equal(bucketStart('', 'week'), '');
  assert.equal(bucketEnd('2024-03-04', 'week'), '2024-03-10');
  assert.equal(bucketEnd('2024-02-01', 'month'), '2024-02-29');
  assert.equal(bucketEnd('2023-12-01', 'month'), '2023-12-31');
  assert.equal(bucketEnd('2023-01-01', 'year'), '2023-12-31');
  assert.equal(nextBucket('2023-12-01', 'month'), '2024-01-01');
  assert.equal(bucketCount('2020-01-01', '2020-12-31', 'month'), 12);
  assert.equal(bucketCount('2024-03-04', '2024-03-17', 'week'), 2);
  assert.equal(chooseBucket('2020-01-01', '2020-12-31'), 'day');
  assert.equal(chooseBucket('2020-01-01', '2021-02-03'), 'day'); // 400 days
  assert.equal(chooseBucket('2020-01-01', '2021-02-04'), 'week');
  assert.equal(chooseBucket('2018-01-01', '2024-12-31'), 'week');
  assert.equal(chooseBucket('2018-01-01', '2025-12-31'), 'month');
  assert.equal(chooseBucket('1950-01-01', '1983-04-30'), 'month'); // 400 months
  assert.equal(chooseBucket('1950-01-01', '2025-12-31'), 'year');
  assert.equal(chooseBucket('0001-01-01', '2025-12-31'), 'year');
  assert.equal(chooseBucket(null, null), 'day');
});

test('stats add up', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest(ITEMS);
    const st = s.stats({ type: ['ASSAULT'] });
    const assaults = ALL.filter((e) => e.event === 'ASSAULT');
    assert.equal(st.total, assaults.length);
    assert.deepEqual(Object.keys(st.byType), ['ASSAULT']);
    assert.equal(st.dead, assaults.reduce((n, e) => n + (e.size.dead?.value ?? 0), 0));
    assert.equal(Object.values(st.byCountry).reduce((a, b) => a + b, 0), assaults.length);
    assert.equal(st.byDay.reduce((a, b) => a + b.count, 0), assaults.length);
    const days = st.byDay.map((d) => d.date);
    assert.deepEqual(days, [...days].sort());
  } finally {
    s.close();
    t.done();
  }
});

test('stats from running counts equal a plain count, also after replacements and partial months', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  STATS_PATHS.preferColumns = false;
  try {
    s.ingest(ITEMS);
    // replace a few articles with fewer events: the running counts must follow
    const changed = ITEMS.slice(0, 40).map((i) => ({ article: i.article, events: i.events.slice(0, 1) }));
    s.ingest(changed);
    const live = [...changed, ...ITEMS.slice(40)].flatMap((i) => i.events);
    const expect = (pred: (e: EventRecord) => boolean) => {
      const evs = live.filter(pred);
      const byType: Record<string, number> = {};
      const byCountry: Record<string, number> = {};
      const days: Record<string, number> = {};
      let dead = 0;
      for (const e of evs) {
        byType[e.event] = (byType[e.event] ?? 0) + 1;
        const cc = e.event_loc.country_code;
        if (cc) byCountry[cc] = (byCountry[cc] ?? 0) + 1;
        if (e.date) days[e.date] = (days[e.date] ?? 0) + 1;
        dead += e.size.dead?.value ?? 0;
      }
      const byDay = Object.keys(days).sort().map((date) => ({ date, count: days[date] }));
      return { total: evs.length, byType, byCountry, byDay, dead };
    };
    const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort());
    const ranges: Array<[string | undefined, string | undefined]> = [
      [undefined, undefined],
      ['2020-03-15', undefined],
      [undefined, '2021-02-28'],
      [undefined, '2021-02-17'],
      ['2019-05-01', '2019-05-31'],
      ['2019-05-09', '2019-05-20'],
      ['2019-05-09', '2022-11-03'],
      ['2019-05-01', '2022-10-31'],
    ];
    for (const [from, to] of ranges) {
      for (const type of [undefined, ['PROTEST', 'ASSAULT']]) {
        const f = { from, to, type };
        const got = s.stats(f);
        const want = expect((e) => (!from || (!!e.date && e.date >= from)) && (!to || (!!e.date && e.date <= to)) && (!type || type.includes(e.event)));
        assert.equal(got.total, want.total, JSON.stringify(f));
        assert.equal(got.dead, want.dead, JSON.stringify(f));
        assert.deepEqual(sortKeys(got.byType), sortKeys(want.byType), JSON.stringify(f));
        assert.deepEqual(sortKeys(got.byCountry), sortKeys(want.byCountry), JSON.stringify(f));
        assert.deepEqual(got.byDay, want.byDay, JSON.stringify(f));
      }
    }
    // the counting path (other filters) agrees too
    const cc = live[0].event_loc.country_code!;
    const got = s.stats({ country: cc, from: '2019-05-09' });
    const want = expect((e) => e.event_loc.country_code === cc && !!e.date && e.date >= '2019-05-09');
    const { byDayType: _dt, byAcledType: _at, bucket, ...rest } = got;
    assert.equal(bucket, 'day');
    assert.deepEqual({ ...rest, byType: sortKeys(got.byType), byCountry: sortKeys(got.byCountry) }, { ...want, byType: sortKeys(want.byType), byCountry: sortKeys(want.byCountry) });
  } finally {
    STATS_PATHS.preferColumns = true;
    s.close();
    t.done();
  }
});

test('one article twice in a batch: the later wins, counts stay exact', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    const a = ITEMS[7];
    const b = ITEMS[8];
    const r = s.ingest([a, b, { article: a.article, events: a.events.slice(0, 1) }]);
    assert.equal(r.replaced, 1);
    assert.deepEqual(s.counts(), { articles: 2, events: 1 + b.events.length });
    const st = s.stats({});
    assert.equal(st.total, 1 + b.events.length);
    assert.equal(st.byDay.reduce((n, d) => n + d.count, 0), [a.events[0], ...b.events].filter((e) => e.date).length);
    assert.equal(st.dead, [a.events[0], ...b.events].reduce((n, e) => n + (e.size.dead?.value ?? 0), 0));
    s.ingest([{ article: a.article, events: [] }, { article: b.article, events: [] }]);
    assert.equal(s.stats({}).total, 0);
    assert.equal(s.db.prepare('SELECT count(*) FROM count_day_type').pluck().get(), 0);
    assert.equal(s.db.prepare('SELECT count(*) FROM count_month_type_country').pluck().get(), 0);
  } finally {
    s.close();
    t.done();
  }
});

test('an event id stored under another article moves to the newer article', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest([ITEMS[1], ITEMS[2]]);
    const moved = { ...ITEMS[1].events[0], article: ITEMS[2].events[0].article };
    s.ingest([{ article: ITEMS[2].article, events: [...ITEMS[2].events, moved] }]);
    assert.equal(s.counts().events, ITEMS[1].events.length + ITEMS[2].events.length);
    assert.equal(s.getArticle(ITEMS[1].article.id)!.events.length, ITEMS[1].events.length - 1);
    assert.equal(s.getEvent(moved.id)!.article.id, ITEMS[2].article.id);
    assert.equal(s.stats({}).total, s.counts().events);
  } finally {
    s.close();
    t.done();
  }
});

/** stats recounted from the events a filter lists (the page path), keys sorted */
function recount(s: Store, f: EventFilter): Stats {
  const byType: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  const days: Record<string, number> = {};
  const dayType: Record<string, number> = {};
  const byAcledType: Record<string, number> = {};
  let total = 0;
  let dead = 0;
  for (const e of s.iterate(f)) {
    total++;
    const a = e.acled?.event_type ?? 'none';
    byAcledType[a] = (byAcledType[a] ?? 0) + 1;
    if (e.date) dayType[`${e.date}|${e.event}`] = (dayType[`${e.date}|${e.event}`] ?? 0) + 1;
    byType[e.event] = (byType[e.event] ?? 0) + 1;
    const cc = e.event_loc.country_code;
    if (cc) byCountry[cc] = (byCountry[cc] ?? 0) + 1;
    if (e.date) days[e.date] = (days[e.date] ?? 0) + 1;
    dead += e.size?.dead?.value ?? 0;
  }
  const byDay = Object.keys(days).sort().map((date) => ({ date, count: days[date] }));
  const byDayType = Object.keys(dayType)
    .sort()
    .map((k) => ({ date: k.split('|')[0], type: k.split('|')[1], count: dayType[k] }));
  return sorted({ total, byType, byCountry, bucket: 'day', byDay, byDayType, byAcledType, dead });
}

function sorted(st: Stats): Stats {
  const k = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort());
  return { ...st, byType: k(st.byType), byCountry: k(st.byCountry), byAcledType: k(st.byAcledType) };
}

/** the per-country running counts recomputed from the events table */
function countryCountsOk(s: Store): void {
  const kept = s.db.prepare('SELECT country_code, d, event, n, dead FROM count_country_day_type ORDER BY 1, 2, 3').all();
  const plain = s.db
    .prepare('SELECT country_code, d, event, count(*) AS n, sum(dead) AS dead FROM events WHERE country_code IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3')
    .all();
  assert.deepEqual(kept, plain, 'count_country_day_type = GROUP BY over events');
}

function statsFilters(): EventFilter[] {
  const cc = ALL[0].event_loc.country_code!;
  const cc2 = ALL.find((e) => e.event_loc.country_code && e.event_loc.country_code !== cc)!.event_loc.country_code!;
  return [
    {},
    { type: ['PROTEST'] },
    { from: '2020-02-10', to: '2021-07-04' },
    { country: cc },
    { country: cc2.toLowerCase(), type: ['ASSAULT', 'PROTEST'] },
    { country: cc, from: '2019-05-09', to: '2023-01-15' },
    { country: cc, from: '2020-03-01', to: '2021-02-28', type: ['ASSAULT', 'PROTEST', 'COERCE'] },
    { country: 'ZZ' },
    { q: 'killing' },
    { q: 'killing', country: cc, from: '2020-01-01' },
    { q: '"; DROP' },
    { actor: 'police' },
    { actor: 'un' },
    { actor: 'police', type: ['ASSAULT'], to: '2022-12-31' },
    { bbox: [-20, -35, 52, 38] },
    { bbox: [170, -90, -60, 90] },
    { bbox: [28, -12, 52, 16], q: 'protest', minConfidence: 0.5 },
    { minConfidence: 0.9 },
    { articleId: ITEMS[12].article.id },
    { articleId: ITEMS[12].article.id, actor: 'police' },
    { acledType: 'Protests' },
    { acledType: 'none', from: '2020-01-01' },
    { acledType: 'Violence against civilians', country: cc, type: ['ASSAULT'] },
    { acledType: 'Battles', q: 'killing' },
  ];
}

/** runs `fn` with stats answered by each path: running counts where they can, and columns */
function bothPaths(fn: (path: string) => void): void {
  try {
    for (const prefer of [false, true]) {
      STATS_PATHS.preferColumns = prefer;
      fn(prefer ? 'columns' : 'running counts');
    }
  } finally {
    STATS_PATHS.preferColumns = true;
  }
}

function statsMatchRecount(s: Store, label: string): void {
  bothPaths((path) => {
    for (const f of statsFilters()) assert.deepEqual(sorted(s.stats(f)), recount(s, f), `${label} (${path}): ${JSON.stringify(f)}`);
  });
  countryCountsOk(s);
  // the stats columns kept on disk equal a fresh read of every event
  const kept = Facts.fromChunks(s.db);
  const fresh = Facts.scan(s.db);
  for (const f of statsFilters()) {
    const ff = {
      types: f.type ? new Set(f.type) : null,
      country: f.country?.toUpperCase() ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      minConfidence: f.minConfidence ?? null,
      bbox: f.bbox ?? null,
      acled: f.acledType ?? null,
      actor: f.actor?.trim().toLowerCase() || null,
    };
    assert.deepEqual(kept.stats(ff, null), fresh.stats(ff, null), `${label}: stored columns, ${JSON.stringify(f)}`);
  }
}

test('stats (summary tables and in-memory columns) equal a recount after ingest, replacement and deletion', () => {
  const t = tempDb();
  const s = Store.open(t.path);
  try {
    s.ingest(ITEMS.slice(0, 1200));
    statsMatchRecount(s, 'first ingest');
    // more, with the in-memory columns already loaded: they must follow the ingest
    s.ingest(ITEMS.slice(1200));
    statsMatchRecount(s, 'second ingest');
    // re-ingest: some articles re-coded with fewer events, others with their events changed
    const changed = ITEMS.slice(0, 60).map((i, k) => ({
      article: i.article,
      events: k % 2 ? i.events.slice(0, 1) : i.events.map((e) => ({ ...e, event: 'COERCE', event_loc: { ...e.event_loc, country_code: 'KG', lon: 74.6, lat: 42.9 } })),
    }));
    s.ingest(changed);
    statsMatchRecount(s, 'replacement');
    // deletion of an article's events (re-ingested with none), and an article twice in one batch
    s.ingest([
      ...ITEMS.slice(100, 140).map((i) => ({ article: i.article, events: [] })),
      { article: ITEMS[150].article, events: [] },
      ITEMS[150],
    ]);
    statsMatchRecount(s, 'deletion');
    const ro = Store.open(t.path, { readonly: true });
    statsMatchRecount(ro, 'deletion, fresh reader');
    ro.close();
    assert.equal(s.stats({ articleId: ITEMS[120].article.id }).total, 0);
    assert.equal(s.stats({ articleId: ITEMS[150].article.id }).total, ITEMS[150].events.length);
    // a failed batch changes nothing, in the tables or in memory
    const bad = { ...ITEMS[5].events[0], event: null as unknown as string };
    assert.throws(() => s.ingest([{ article: ITEMS[5].article, events: [] }, { article: ITEMS[6].article, events: [bad] }]));
    statsMatchRecount(s, 'rolled back');
    // everything deleted
    s.ingest(ITEMS.map((i) => ({ article: i.article, events: [] })));
    for (const f of statsFilters()) assert.equal(s.stats(f).total, 0);
    assert.equal(s.db.prepare('SELECT count(*) FROM count_country_day_type').pluck().get(), 0);
  } finally {
    s.close();
    t.done();
  }
});

test('stats see writes made through another connection', () => {
  const t = tempDb();
  const w = Store.open(t.path);
  const r = Store.open(t.path, { readonly: true });
  try {
    w.ingest(ITEMS.slice(0, 500));
    statsMatchRecount(r, 'reader, first');
    w.ingest([...ITEMS.slice(500, 900), ...ITEMS.slice(0, 30).map((i) => ({ article: i.article, events: [] }))]);
    statsMatchRecount(r, 'reader, after writes');
    // and the writer's own columns, loaded before, stay right after the reader's view changed nothing
    statsMatchRecount(w, 'writer');
  } finally {
    r.close();
    w.close();
    t.done();
  }
});

test('a database of schema version 1 opens read-only as it is, and migrates when opened for writing', () => {
  const t = tempDb();
  try {
    const s = Store.open(t.path);
    s.ingest(ITEMS.slice(0, 700));
    // back to what version 1 left on disk
    s.db.exec('DROP TABLE count_country_day_type; DROP TABLE stats_chunks; DROP TABLE stats_dict; DELETE FROM schema_migrations WHERE version > 1');
    s.close();
    const ro = Store.open(t.path, { readonly: true });
    assert.equal(ro.db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('count_country_day_type', 'stats_chunks')").pluck().get(), 0);
    statsMatchRecountV1(ro);
    ro.close();
    const rw = Store.open(t.path);
    assert.equal(rw.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), SCHEMA_VERSION);
    statsMatchRecount(rw, 'migrated');
    rw.ingest(ITEMS.slice(700, 900));
    statsMatchRecount(rw, 'migrated, then ingest');
    rw.close();
  } finally {
    t.done();
  }
});

test('a database of schema version 5 (stats columns in the old layout) is scanned read-only, and rewritten by the migration', () => {
  const t = tempDb();
  try {
    const s = Store.open(t.path);
    s.ingest(ITEMS.slice(0, 500));
    // what version 5 left: chunks of another layout, no sort indexes
    s.db.exec("DROP INDEX events_by_dead; DROP INDEX events_by_acled_type; DELETE FROM schema_migrations WHERE version > 5; UPDATE stats_chunks SET data = zeroblob(39 * 1024)");
    s.close();
    const ro = Store.open(t.path, { readonly: true });
    statsMatchRecountV1(ro);
    assert.deepEqual([...ro.iterate({ sort: '-fatalities' })].map((e) => e.id), ITEMS.slice(0, 500).flatMap((i) => i.events).sort(SORT_CMP['-fatalities']).map((e) => e.id));
    ro.close();
    const rw = Store.open(t.path);
    assert.equal(rw.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), SCHEMA_VERSION);
    statsMatchRecount(rw, 'from version 5');
    rw.close();
  } finally {
    t.done();
  }
});

function statsMatchRecountV1(s: Store): void {
  for (const f of statsFilters()) assert.deepEqual(sorted(s.stats(f)), recount(s, f), `v1: ${JSON.stringify(f)}`);
}

test('schema version 4 fills acled_type from the stored records and indexes it', () => {
  const t = tempDb();
  try {
    const s = Store.open(t.path);
    s.ingest(ITEMS.slice(0, 300));
    // as if the column had never been written
    s.db.exec('DROP INDEX events_by_acled; DROP INDEX events_acled_counts; UPDATE events SET acled_type = NULL; DELETE FROM schema_migrations WHERE version >= 4');
    s.close();
    const rw = Store.open(t.path);
    assert.equal(rw.db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('events_by_acled', 'events_acled_counts')").pluck().get(), 2);
    const live = ITEMS.slice(0, 300).flatMap((i) => i.events);
    for (const at of ['Protests', 'Battles', 'none']) {
      const want = live.filter((e) => (e.acled?.event_type ?? 'none') === at).map((e) => e.id).sort();
      assert.ok(want.length > 0, at);
      assert.deepEqual([...rw.iterate({ acledType: at })].map((e) => e.id).sort(), want, at);
      assert.equal(rw.stats({ acledType: at }).total, want.length, at);
      assert.equal(rw.stats({}).byAcledType[at], want.length, at);
    }
    rw.close();
  } finally {
    t.done();
  }
});
