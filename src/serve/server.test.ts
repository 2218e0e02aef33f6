import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Store } from '../store/index.js';
import { syntheticEvents } from '../scripts/synth.js';
import type { Article, EventRecord } from '../types.js';
import { buildServer } from './server.js';
import { chooseBucket, AUTO_MAX_BUCKETS } from '../store/buckets.js';
import { codeArticle } from '../pipeline.js';

const N = 600;
const TOKEN = 'test-token-1234';
let dir: string;
let dbPath: string;
let app: FastifyInstance;
let base: string;
let readonlyApp: FastifyInstance;
let readonlyBase: string;
let total = 0;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tulip-serve-'));
  dbPath = path.join(dir, 'events.db');
  const store = Store.open(dbPath);
  const batch = [...syntheticEvents(N, 7)];
  store.ingest(batch);
  total = store.counts().events;
  store.close();
  const web = path.join(dir, 'web');
  mkdirSync(web);
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>t</title><p>dashboard</p>');
  app = await buildServer({ dbPath, token: TOKEN, code: (a) => codeArticle(a), webRoot: web, bodyLimit: 64 * 1024 });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  readonlyApp = await buildServer({ dbPath, webRoot: path.join(dir, 'nothing-built') });
  readonlyBase = await readonlyApp.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await app?.close();
  await readonlyApp?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(p: string, b = base): Promise<Response> {
  return fetch(`${b}${p}`);
}
async function json<T = any>(p: string): Promise<T> {
  const r = await get(p);
  assert.equal(r.status, 200, `${p} -> ${r.status} ${await r.clone().text()}`);
  return (await r.json()) as T;
}
/** Every event of a filter, walking the cursor. */
async function all(qs: string, limit = 97): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const p: { events: EventRecord[]; next: string | null } = await json(
      `/api/events?${qs}${qs ? '&' : ''}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    out.push(...p.events);
    cursor = p.next;
    if (!cursor) break;
  }
  return out;
}

test('first page: 100 newest events and a cursor; security headers on every response', async () => {
  assert.ok(total >= N, `ingested ${total}`);
  const r = await get('/api/events');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /application\/json/);
  const page = (await r.json()) as { events: EventRecord[]; next: string | null };
  assert.equal(page.events.length, 100);
  assert.ok(page.next);
  const dates = page.events.map((e) => e.date ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  for (const p of ['/api/events', '/api/stats', '/api/events/nope', '/', '/no/such/path']) {
    const h = (await get(p)).headers;
    assert.match(h.get('content-security-policy') ?? '', /default-src 'self'/, p);
    assert.match(h.get('content-security-policy') ?? '', /frame-ancestors 'none'/, p);
    assert.equal(h.get('x-content-type-options'), 'nosniff', p);
    assert.equal(h.get('x-frame-options'), 'DENY', p);
    assert.equal(h.get('referrer-policy'), 'no-referrer', p);
  }
});

test('the cursor walks every event exactly once, in order', async () => {
  const events = await all('', 41);
  assert.equal(events.length, total);
  assert.equal(new Set(events.map((e) => e.id)).size, total);
  const stats = await json<{ total: number }>('/api/stats');
  assert.equal(stats.total, total);
});

test('filters: type, country, dates, confidence, bbox, text, actor — each agrees with the records and with stats', async () => {
  const everything = await all('', 500);
  const someCountry = everything.find((e) => e.event_loc.country_code)!.event_loc.country_code!;
  const dates = everything.map((e) => e.date).filter((d): d is string => !!d).sort();
  const mid = dates[Math.floor(dates.length / 2)];
  const late = dates[Math.floor(dates.length * 0.8)];
  const word = everything[3].text_info.sentence.split(/\W+/).find((w) => w.length > 6)!;
  const actorName = everything.find((e) => e.actor)!.actor!.entity_name;
  const cases: Array<[string, (e: EventRecord) => boolean]> = [
    ['type=PROTEST,ASSAULT', (e) => e.event === 'PROTEST' || e.event === 'ASSAULT'],
    [`country=${someCountry.toLowerCase()}`, (e) => e.event_loc.country_code === someCountry],
    [`from=${mid}&to=${late}`, (e) => !!e.date && e.date >= mid && e.date <= late],
    ['min_confidence=0.8', (e) => e.confidence >= 0.8],
    ['bbox=20,-5,80,45', (e) => e.event_loc.lon !== null && e.event_loc.lon >= 20 && e.event_loc.lon <= 80 && e.event_loc.lat! >= -5 && e.event_loc.lat! <= 45],
    [`q=${encodeURIComponent(word)}`, (e) => new RegExp(`\\b${word}\\b`, 'i').test(`${e.text_info.sentence} ${e.article.title ?? ''}`)],
    [`actor=${encodeURIComponent(actorName)}`, (e) => [e.actor, e.recipient].some((a) => a && (a.entity_name + '|' + a.entity_text).toLowerCase().includes(actorName.toLowerCase()))],
    ['acled_type=Protests', (e) => e.acled?.event_type === 'Protests'],
    ['acled_type=none', (e) => !e.acled],
    [`acled_type=${encodeURIComponent('Violence against civilians')}&type=ASSAULT`, (e) => e.acled?.event_type === 'Violence against civilians' && e.event === 'ASSAULT'],
  ];
  for (const [qs, ok] of cases) {
    const got = await all(qs, 200);
    const expected = everything.filter(ok);
    assert.ok(expected.length > 0, `${qs}: test data has matches`);
    assert.equal(got.length, expected.length, `${qs}: count`);
    assert.ok(got.every(ok), `${qs}: every record matches`);
    const stats = await json<{ total: number; byType: Record<string, number> }>(`/api/stats?${qs}`);
    assert.equal(stats.total, expected.length, `${qs}: stats total`);
  }
  // combined filters narrow
  const both = await all(`type=PROTEST&country=${someCountry}`);
  assert.ok(both.every((e) => e.event === 'PROTEST' && e.event_loc.country_code === someCountry));
});

test('stats: counts by type, country and day add up', async () => {
  const s = await json<{ total: number; byType: Record<string, number>; byCountry: Record<string, number>; byDay: Array<{ date: string; count: number }>; dead: number }>(
    '/api/stats?type=ASSAULT',
  );
  assert.deepEqual(Object.keys(s.byType), ['ASSAULT']);
  assert.equal(s.byType.ASSAULT, s.total);
  assert.equal(s.byDay.reduce((a, d) => a + d.count, 0), s.total);
  const assaults = await all('type=ASSAULT');
  assert.equal(s.dead, assaults.reduce((a, e) => a + (e.size.dead?.value ?? 0), 0));
  // by ACLED type and by day × type, for the current filters
  const st = await json<{ total: number; byAcledType: Record<string, number>; byDayType: Array<{ date: string; type: string; count: number }> }>(
    '/api/stats?type=ASSAULT,PROTEST',
  );
  const evs = await all('type=ASSAULT,PROTEST');
  const acled: Record<string, number> = {};
  for (const e of evs) acled[e.acled?.event_type ?? 'none'] = (acled[e.acled?.event_type ?? 'none'] ?? 0) + 1;
  assert.deepEqual(Object.fromEntries(Object.entries(st.byAcledType).sort()), Object.fromEntries(Object.entries(acled).sort()));
  assert.equal(st.byDayType.reduce((a, d) => a + d.count, 0), evs.filter((e) => e.date).length);
  assert.ok(st.byDayType.every((d) => d.type === 'ASSAULT' || d.type === 'PROTEST'));
});

test('bad parameters get a 400 naming the field, without a stack trace', async () => {
  const cases: Array<[string, string]> = [
    ['/api/events?country=XYZ', 'country'],
    ['/api/events?type=PROTEST,DANCE', 'type'],
    ['/api/events?from=2024-02-30', 'from'],
    ['/api/events?from=2024-03-01&to=2024-01-01', 'from'],
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=ten', 'limit'],
    ['/api/events?min_confidence=2', 'min_confidence'],
    ['/api/events?bbox=1,2,3', 'bbox'],
    ['/api/events?bbox=10,50,20,40', 'bbox'],
    ['/api/events?cursor=bm90IGEgY3Vyc29y', 'cursor'],
    ['/api/events?format=xml', 'format'],
    ['/api/events?contry=KG', 'contry'],
    ['/api/stats?to=yesterday', 'to'],
    ['/api/events?acled_type=Dancing', 'acled_type'],
    ['/api/stats?acled_type=protests', 'acled_type'],
    ['/api/map?limit=-1', 'limit'],
    ['/api/events?sort=dead', 'sort'],
    ['/api/events?sort=-type', 'sort'],
    ['/api/stats?sort=date', 'sort'],
    ['/api/stats?bucket=hour', 'bucket'],
    ['/api/events?bucket=week', 'bucket'],
  ];
  for (const [p, field] of cases) {
    const r = await get(p);
    assert.equal(r.status, 400, p);
    const body = (await r.json()) as { field: string; message: string };
    assert.equal(body.field, field, `${p}: ${JSON.stringify(body)}`);
    assert.ok(body.message.length > 0);
    assert.doesNotMatch(JSON.stringify(body), /at \w+ \(|\.js:\d+/, 'no stack trace');
  }
});

/** the list orders, as the API documents them */
const SORT_ORDERS: Record<string, (a: EventRecord, b: EventRecord) => number> = (() => {
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  const d = (e: EventRecord) => e.date ?? '';
  const dead = (e: EventRecord) => e.size?.dead?.value ?? 0;
  return {
    '-date': (a, b) => cmp(d(b), d(a)) || cmp(a.id, b.id),
    date: (a, b) => cmp(d(a), d(b)) || cmp(b.id, a.id),
    type: (a, b) => cmp(a.event, b.event) || cmp(d(b), d(a)) || cmp(a.id, b.id),
    '-fatalities': (a, b) => cmp(dead(b), dead(a)) || cmp(d(b), d(a)) || cmp(a.id, b.id),
    fatalities: (a, b) => cmp(dead(a), dead(b)) || cmp(d(a), d(b)) || cmp(b.id, a.id),
  };
})();

test('sort: every order walks all events once, in order, across cursor pages; with filters too', async () => {
  const everything = await all('', 500);
  assert.ok(everything.some((e) => (e.size?.dead?.value ?? 0) > 0), 'test data has fatalities');
  for (const [sort, order] of Object.entries(SORT_ORDERS)) {
    const got = await all(`sort=${encodeURIComponent(sort)}`, 37);
    assert.equal(got.length, everything.length, sort);
    assert.deepEqual(got.map((e) => e.id), [...everything].sort(order).map((e) => e.id), `order of sort=${sort}`);
    for (const [qs, ok] of [
      ['type=PROTEST,ASSAULT', (e: EventRecord) => e.event === 'PROTEST' || e.event === 'ASSAULT'],
      ['acled_type=Protests', (e: EventRecord) => e.acled?.event_type === 'Protests'],
    ] as const) {
      const sub = await all(`${qs}&sort=${encodeURIComponent(sort)}`, 23);
      assert.deepEqual(sub.map((e) => e.id), everything.filter(ok).sort(order).map((e) => e.id), `sort=${sort}&${qs}`);
    }
  }
  // the first page differs between orders, and the default is -date
  const first = async (qs: string) => (await json<{ events: EventRecord[] }>(`/api/events?limit=5${qs}`)).events.map((e) => e.id);
  assert.deepEqual(await first(''), await first('&sort=-date'));
  assert.notDeepEqual(await first('&sort=-fatalities'), await first(''));
  const top = (await json<{ events: EventRecord[] }>('/api/events?limit=1&sort=-fatalities')).events[0];
  assert.equal(top.size.dead?.value, Math.max(...everything.map((e) => e.size?.dead?.value ?? 0)));
  // exports follow the sort
  const r = await get('/api/events?format=jsonl&sort=type&type=PROTEST,ASSAULT');
  const lines = (await r.text()).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as EventRecord).event);
  assert.deepEqual(lines, [...lines].sort());
  assert.ok(lines.includes('ASSAULT') && lines.includes('PROTEST'));
});

test('sort: a cursor is only good for the sort that made it', async () => {
  const p = await json<{ next: string }>('/api/events?limit=3&sort=-fatalities');
  assert.ok(p.next);
  const ok = await get(`/api/events?limit=3&sort=-fatalities&cursor=${encodeURIComponent(p.next)}`);
  assert.equal(ok.status, 200);
  for (const other of ['', '&sort=type', '&sort=fatalities']) {
    const r = await get(`/api/events?limit=3${other}&cursor=${encodeURIComponent(p.next)}`);
    assert.equal(r.status, 400, other);
    assert.equal(((await r.json()) as { field: string }).field, 'cursor');
  }
  const d = await json<{ next: string }>('/api/events?limit=3');
  assert.equal((await get(`/api/events?limit=3&sort=date&cursor=${encodeURIComponent(d.next)}`)).status, 400);
});

test('stats: the timeline per day, week, month or year (bucket), chosen from the span by default', async () => {
  type S = { total: number; bucket: string; byDay: Array<{ date: string; count: number }>; byDayType: Array<{ date: string; type: string; count: number }> };
  const everyDate = (await all('', 500)).flatMap((e) => (e.date ? [e.date] : []));
  const evs = (await all('type=PROTEST,ASSAULT', 500)).filter((e) => e.date);
  const perDay = new Map<string, number>();
  for (const e of evs) perDay.set(e.date!, (perDay.get(e.date!) ?? 0) + 1);
  const monday = (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
  };
  const starts: Record<string, (d: string) => string> = { day: (d) => d, week: monday, month: (d) => `${d.slice(0, 7)}-01`, year: (d) => `${d.slice(0, 4)}-01-01` };
  for (const [bucket, start] of Object.entries(starts)) {
    const s = await json<S>(`/api/stats?type=PROTEST,ASSAULT&bucket=${bucket}`);
    assert.equal(s.bucket, bucket);
    const want = new Map<string, number>();
    for (const [d, n] of perDay) want.set(start(d), (want.get(start(d)) ?? 0) + n);
    assert.deepEqual(s.byDay, [...want.keys()].sort().map((date) => ({ date, count: want.get(date)! })), bucket);
    const wantTypes = new Map<string, number>();
    for (const e of evs) wantTypes.set(`${start(e.date!)}|${e.event}`, (wantTypes.get(`${start(e.date!)}|${e.event}`) ?? 0) + 1);
    assert.deepEqual(
      s.byDayType,
      [...wantTypes.keys()].sort().map((k) => ({ date: k.split('|')[0], type: k.split('|')[1], count: wantTypes.get(k)! })),
      `${bucket} x type`,
    );
    // the same through the country path (running counts, for a year or less) and the columns
    const cc = evs.find((e) => e.event_loc.country_code)!.event_loc.country_code!;
    for (const range of ['', '&from=2020-01-01&to=2020-12-31']) {
      const c = await json<S>(`/api/stats?country=${cc}&bucket=${bucket}${range}`);
      const cWant = new Map<string, number>();
      for (const e of await all(`country=${cc}${range}`, 500)) if (e.date) cWant.set(start(e.date), (cWant.get(start(e.date)) ?? 0) + 1);
      assert.deepEqual(c.byDay, [...cWant.keys()].sort().map((date) => ({ date, count: cWant.get(date)! })), `country, ${bucket}${range}`);
      assert.equal(c.bucket, bucket);
    }
  }
  // default: the finest bucket with at most 400 over the span of the data (8 years: months)
  const auto = await json<S>('/api/stats');
  const dates = everyDate.sort();
  assert.equal(auto.bucket, chooseBucket(dates[0], dates[dates.length - 1]));
  assert.equal(auto.bucket, 'month');
  assert.ok(auto.byDay.length <= AUTO_MAX_BUCKETS);
  assert.deepEqual(auto, await json<S>('/api/stats?bucket=auto'));
  // a short date range comes per day
  const short = await json<S>(`/api/stats?from=${evs[0].date}&to=${evs[0].date}`);
  assert.equal(short.bucket, 'day');
});

test('one event: the record, its article and every span pointing at the right text; 404 when absent', async () => {
  const [e] = (await json<{ events: EventRecord[] }>('/api/events?limit=1&type=ASSAULT')).events;
  const d = await json<{ event: EventRecord; spans: Array<{ role: string; start: number; end: number; text: string }>; article: Article & { events: EventRecord[] } }>(
    `/api/events/${encodeURIComponent(e.id)}`,
  );
  assert.equal(d.event.id, e.id);
  assert.equal(d.article.id, e.article.id);
  assert.ok(d.article.events.some((x) => x.id === e.id));
  const roles = new Set(d.spans.map((s) => s.role));
  assert.ok(roles.has('trigger') && roles.has('actor'), [...roles].join());
  for (const s of d.spans) assert.equal(d.article.text.slice(s.start, s.end), s.text, s.role);
  assert.equal(d.spans.find((s) => s.role === 'trigger')!.text, e.trigger.text);

  const r = await get('/api/events/ev_does_not_exist');
  assert.equal(r.status, 404);
  assert.match(r.headers.get('content-type') ?? '', /json/);
  assert.equal(((await r.json()) as { statusCode: number }).statusCode, 404);
});

test('one article: its text and events; 404 when absent', async () => {
  const [e] = (await json<{ events: EventRecord[] }>('/api/events?limit=1')).events;
  const a = await json<Article & { events: EventRecord[] }>(`/api/articles/${encodeURIComponent(e.article.id)}`);
  assert.equal(a.id, e.article.id);
  assert.ok(a.text.includes(e.trigger.text));
  assert.ok(a.events.length >= 1);
  assert.equal((await get('/api/articles/nope')).status, 404);
});

test('formats: csv, acled, geojson, jsonl, plover with content types and download names, for the whole filter', async () => {
  const qs = 'type=PROTEST';
  const protests = await all(qs);
  const located = protests.filter((e) => e.event_loc.lat !== null && e.event_loc.lon !== null);

  let r = await get(`/api/events?${qs}&format=jsonl`);
  assert.match(r.headers.get('content-type') ?? '', /ndjson/);
  assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename="tulip-events\.jsonl"/);
  const lines = (await r.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord);
  assert.deepEqual(lines.map((e) => e.id), protests.map((e) => e.id));

  r = await get(`/api/events?${qs}&format=geojson`);
  assert.match(r.headers.get('content-type') ?? '', /application\/geo\+json/);
  const fc = (await r.json()) as { type: string; features: Array<{ geometry: { coordinates: number[] } }> };
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, located.length);

  r = await get(`/api/events?${qs}&format=csv`);
  assert.match(r.headers.get('content-type') ?? '', /text\/csv/);
  assert.match(r.headers.get('content-disposition') ?? '', /tulip-events\.csv/);
  const csv = await r.text();
  assert.ok(csv.split('\n')[0].includes('id'));
  for (const e of protests.slice(0, 20)) assert.ok(csv.includes(e.id), e.id);

  r = await get(`/api/events?${qs}&format=acled`);
  assert.match(r.headers.get('content-disposition') ?? '', /tulip-events-acled\.csv/);
  assert.ok((await r.text()).split('\n')[0].includes('event_id_cnty'));

  r = await get(`/api/events?${qs}&format=plover&limit=5`);
  const plover = (await r.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { event: string });
  assert.equal(plover.length, 5);
  assert.ok(plover.every((p) => p.event === 'PROTEST'));
});

test('map points: located events of the filter, compact', async () => {
  const m = await json<{ points: Array<[number, number, string, number, string]>; truncated: boolean }>('/api/map?type=ASSAULT&limit=10000');
  const located = (await all('type=ASSAULT')).filter((e) => e.event_loc.lat !== null && e.event_loc.lon !== null);
  assert.equal(m.points.length, located.length);
  assert.equal(m.truncated, false);
  assert.ok(m.points.every((p) => p[2] === 'ASSAULT' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90));
  const few = await json<{ points: unknown[]; truncated: boolean }>('/api/map?limit=3');
  assert.equal(few.points.length, 3);
  assert.equal(few.truncated, true);
});

test('POST /api/articles: 403 without a configured token, 401 without or with a wrong token', async () => {
  const body = JSON.stringify({ text: 'Students protested in Osh on Monday.' });
  const headers = { 'content-type': 'application/json' };
  let r = await fetch(`${readonlyBase}/api/articles`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${TOKEN}` }, body });
  assert.equal(r.status, 403);
  r = await fetch(`${base}/api/articles`, { method: 'POST', headers, body });
  assert.equal(r.status, 401);
  assert.equal(r.headers.get('www-authenticate'), 'Bearer');
  r = await fetch(`${base}/api/articles`, { method: 'POST', headers: { ...headers, authorization: 'Bearer wrong-token' }, body });
  assert.equal(r.status, 401);
  r = await fetch(`${base}/api/articles`, { method: 'POST', headers: { ...headers, authorization: `Basic ${TOKEN}` }, body });
  assert.equal(r.status, 401);
});

test('POST /api/articles with the token codes, stores and returns the events (JSON and JSON Lines)', async () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const text = 'Hundreds of students protested outside parliament in Bishkek on Monday.';
  let r = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'posted-1', text, title: 'Students rally', published: '2024-03-04', source: 'Test Wire' }),
  });
  assert.equal(r.status, 201, await r.clone().text());
  const out = (await r.json()) as { articles: number; events: EventRecord[] };
  assert.equal(out.articles, 1);
  const protest = out.events.find((e) => e.event === 'PROTEST');
  assert.ok(protest, JSON.stringify(out.events.map((e) => e.event)));
  assert.equal(text.slice(protest.trigger.start, protest.trigger.end), protest.trigger.text);
  const stored = await json<Article & { events: EventRecord[] }>('/api/articles/posted-1');
  assert.equal(stored.text, text);
  assert.deepEqual(stored.events.map((e) => e.id), out.events.map((e) => e.id));
  assert.equal((await json<{ event: EventRecord }>(`/api/events/${protest.id}`)).event.event, 'PROTEST');

  r = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
    body: `${JSON.stringify({ id: 'posted-2', text: 'Farmers protest in Osh.' })}\n${JSON.stringify({ id: 'posted-3', text: 'Quiet day.' })}\n`,
  });
  assert.equal(r.status, 201, await r.clone().text());
  assert.equal(((await r.json()) as { articles: number }).articles, 2);
  assert.equal((await json<Article>('/api/articles/posted-3')).text, 'Quiet day.');
});

test('POST /api/articles: bad bodies get a 400 naming the field; too large a body is refused', async () => {
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const cases: Array<[unknown, string]> = [
    [{ title: 'no text' }, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'ok', published: 'last week' }, 'published'],
    [{ text: 'ok', title: 42 }, 'title'],
    [{ text: 'ok', id: ['a'] }, 'id'],
    [[{ text: 'ok' }, { text: 5 }], '[1].text'],
    [[], 'body'],
  ];
  for (const [body, field] of cases) {
    const r = await fetch(`${base}/api/articles`, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(((await r.json()) as { field: string }).field, field, JSON.stringify(body));
  }
  let r = await fetch(`${base}/api/articles`, { method: 'POST', headers, body: '{"text": ' });
  assert.equal(r.status, 400);
  assert.doesNotMatch(await r.text(), /\.js:\d+/);
  r = await fetch(`${base}/api/articles`, { method: 'POST', headers, body: JSON.stringify({ text: 'x'.repeat(100 * 1024) }) });
  assert.equal(r.status, 413);
});

test('the dashboard is served from the web root; a missing build says how to build it', async () => {
  const r = await get('/');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await r.text(), /dashboard/);
  const missing = await get('/', readonlyBase);
  assert.equal(missing.status, 503);
  assert.match(await missing.text(), /npm run build/);
  // the read API works on the read-only server
  assert.equal((await json<{ total: number }>('/api/stats')).total > 0, true);
  assert.equal((await get('/api/stats', readonlyBase)).status, 200);
});

test('stats and map answers follow the database: after a POST and after another process ingests', async () => {
  const before = (await json<{ total: number }>('/api/stats')).total;
  const r = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'posted-cache', text: 'Thousands of workers protested in Osh on Friday.', published: '2024-04-05' }),
  });
  assert.equal(r.status, 201);
  const added = ((await r.json()) as { events: EventRecord[] }).events.length;
  assert.ok(added > 0);
  const afterPost = (await json<{ total: number }>('/api/stats')).total;
  assert.equal(afterPost, before + added);
  // a second connection (as `tulip ingest` would be) writes: the server sees it
  const other = Store.open(dbPath);
  const more = [...syntheticEvents(20, 1234)];
  other.ingest(more);
  other.close();
  const n = more.reduce((a, x) => a + x.events.length, 0);
  assert.equal((await json<{ total: number }>('/api/stats')).total, afterPost + n);
});
