/**
 * End-to-end tests of the dashboard in a real browser (Debian's chromium driven by
 * playwright-core) against a real listening server on a temporary database.
 * Needs the built dashboard (dist-web/, from `npm run build`) and /usr/bin/chromium;
 * set TULIP_SKIP_BROWSER=1 to skip on a machine without a browser.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Store } from '../store/index.js';
import { syntheticEvents } from '../scripts/synth.js';
import type { Article, EventRecord } from '../types.js';
import { buildServer } from './server.js';
import { readArticles } from '../read/index.js';
import { codeArticle } from '../pipeline.js';

const CHROMIUM = process.env.TULIP_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = process.env.TULIP_SKIP_BROWSER === '1';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webRoot = path.join(root, 'dist-web');

let dir: string;
let app: FastifyInstance;
let base: string;
let browser: Browser;
/** a second server over the bundled samples, coded by the real pipeline */
let samplesApp: FastifyInstance;
let samplesBase: string;

const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=1</script>';

/** An article whose text, title and actor names carry markup that must stay text. */
function hostileItem(): { article: Article; events: EventRecord[] } {
  const text = `Protesters gathered in Osh on Monday. ${XSS_IMG} wrote a witness, and ${XSS_SCRIPT} said police.`;
  const article: Article = { id: 'xss-article', title: `Unrest ${XSS_IMG}`, source: XSS_SCRIPT, url: 'javascript:window.__xss=1', published: '2024-05-06', text };
  const template = [...syntheticEvents(1, 5)][0].events[0];
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const actor = at('Protesters');
  const event: EventRecord = {
    ...template,
    id: 'ev_xss',
    event: 'PROTEST',
    mode: 'demo',
    trigger: at('gathered'),
    actor: { start: actor.start, end: actor.end, entity_text: 'Protesters', entity_name: XSS_SCRIPT, code: 'KGZ', sector: 'CVL', cameo_code: 'KGZCVL' },
    recipient: null,
    attribution: at(XSS_IMG),
    date: '2024-05-06',
    date_text: 'Monday',
    date_start: at('Monday').start,
    date_end: at('Monday').end,
    size: { dead: null, injured: null, arrested: null, crowd: null },
    event_loc: { ...template.event_loc, extracted_place: 'Osh', start: at('Osh').start, end: at('Osh').end },
    text_info: { sentence_index: 0, start: 0, end: text.length, sentence: text },
    event_text: text,
    article: { id: article.id, title: article.title, source: article.source, url: article.url, published: article.published },
    confidence: 0.9,
  };
  return { article, events: [event] };
}

before(async () => {
  if (SKIP) return;
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it (apt-get install -y chromium) or set TULIP_SKIP_BROWSER=1`);
  if (!existsSync(path.join(webRoot, 'index.html'))) throw new Error(`${webRoot}/index.html is missing: build the dashboard first (npm run build)`);
  dir = mkdtempSync(path.join(tmpdir(), 'tulip-e2e-'));
  const dbPath = path.join(dir, 'e2e.db');
  const store = Store.open(dbPath);
  store.ingest([...syntheticEvents(400, 11), hostileItem()]);
  store.close();
  app = await buildServer({ dbPath, webRoot });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  const samplesDb = path.join(dir, 'samples.db');
  const samples = Store.open(samplesDb);
  const items = [];
  for await (const r of readArticles([path.join(root, 'samples')])) {
    if (r.kind === 'error') throw new Error(r.error);
    items.push({ article: r.article, events: codeArticle(r.article) });
  }
  samples.ingest(items);
  samples.close();
  samplesApp = await buildServer({ dbPath: samplesDb, webRoot });
  samplesBase = await samplesApp.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await samplesApp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that fails the test on CSP violations, script errors or requests leaving the server. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(url).origin) problems.push(`external request: ${r.url()}`);
  });
  await page.goto(url);
  await ready(page);
  return { page, problems };
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 15000 });
}

async function rowTypes(page: Page): Promise<string[]> {
  return page.$$eval('#events tbody tr[data-id] .type-badge', (els) => els.map((e) => e.textContent ?? ''));
}

test('the map renders countries and event points; the table fills; nothing is fetched from elsewhere', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/');
  assert.ok((await page.locator('svg.map path.country').count()) > 150);
  const points = await page.locator('svg.map circle.point').count();
  assert.ok(points > 10, `points on the map: ${points}`);
  const shaded = await page.$$eval('svg.map path.country', (ps) => ps.filter((p) => p.getAttribute('fill') !== '#f3f1ec').length);
  assert.ok(shaded >= 5, `countries shaded by count: ${shaded}`);
  assert.equal(await page.locator('#events tbody tr[data-id]').count(), 50);
  assert.ok((await page.locator('svg.timeline rect.bar').count()) > 10);
  assert.match((await page.textContent('#summary')) ?? '', /401 events/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('filtering by type updates the table, the timeline and the URL; reloading restores it', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/');
  const barsBefore = await page.$$eval('svg.timeline rect.bar', (rs) => rs.map((r) => r.getAttribute('height')).join());
  await page.click('#legend .chip[data-type="PROTEST"]');
  await ready(page);
  assert.match(page.url(), /[?&]type=PROTEST(&|$)/);
  const types = await rowTypes(page);
  assert.ok(types.length > 0);
  assert.ok(types.every((t) => t === 'PROTEST'), types.join());
  const barsAfter = await page.$$eval('svg.timeline rect.bar', (rs) => rs.map((r) => r.getAttribute('height')).join());
  assert.notEqual(barsAfter, barsBefore, 'the timeline follows the filter');
  const stats = (await (await fetch(`${base}/api/stats?type=PROTEST`)).json()) as { total: number };
  assert.match((await page.textContent('#summary')) ?? '', new RegExp(`^${stats.total} events`));
  const pointTypes = await page.$$eval('svg.map circle.point', (cs) => [...new Set(cs.map((c) => c.getAttribute('data-type')))]);
  assert.deepEqual(pointTypes, ['PROTEST']);

  await page.reload();
  await ready(page);
  assert.match(page.url(), /type=PROTEST/);
  assert.equal(await page.getAttribute('#legend .chip[data-type="PROTEST"]', 'aria-pressed'), 'true');
  assert.deepEqual(await page.$$eval('input[name=type]:checked', (bs) => bs.map((b) => (b as HTMLInputElement).value)), ['PROTEST']);
  assert.equal(await page.textContent('#type-summary'), 'PROTEST');
  // the type picker adds a second type
  await page.click('#type-summary');
  await page.check('input[name=type][value=ASSAULT]');
  await ready(page);
  assert.match(page.url(), /type=PROTEST%2CASSAULT|type=PROTEST,ASSAULT/);
  assert.ok((await rowTypes(page)).every((t) => t === 'PROTEST' || t === 'ASSAULT'));
  assert.ok((await rowTypes(page)).includes('ASSAULT'));
  await page.goBack();
  await ready(page);
  assert.ok((await rowTypes(page)).every((t) => t === 'PROTEST'), 'Back restores the previous filter');
  assert.ok((await rowTypes(page)).every((t) => t === 'PROTEST'));

  // the export link carries the same filter
  const href = await page.getAttribute('#exports a[data-format=csv]', 'href');
  assert.match(href ?? '', /format=csv/);
  assert.match(href ?? '', /type=PROTEST/);
  const csv = await fetch(base + href);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('choosing an ACLED type updates the table and the URL; the timeline is stacked by type in the legend colours', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/');
  // stacked: several types on the timeline, each segment coloured as its legend chip
  const segs = await page.$$eval('svg.timeline rect.bar', (rs) => rs.map((r) => [r.getAttribute('data-type'), r.getAttribute('fill')]));
  assert.ok(new Set(segs.map((x) => x[0])).size > 3, 'several types stacked');
  const chipColour = await page.$$eval('#legend .chip', (cs) =>
    Object.fromEntries(cs.map((c) => [c.getAttribute('data-type'), (c.firstChild as HTMLElement).style.getPropertyValue('--c')])),
  );
  for (const [t, fill] of segs) assert.equal(fill, chipColour[t!], `timeline colour of ${t}`);

  // the options count the current filter by ACLED type (GET /api/stats byAcledType)
  const all = (await (await fetch(`${base}/api/stats`)).json()) as { byAcledType: Record<string, number> };
  assert.ok(all.byAcledType.Protests > 0);
  assert.equal(await page.textContent('select[name=acled_type] option[value=Protests]'), `Protests (${all.byAcledType.Protests})`);
  await page.selectOption('select[name=acled_type]', 'Protests');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('acled_type'), 'Protests');
  const want = (await (await fetch(`${base}/api/events?acled_type=Protests&limit=50`)).json()) as { events: Array<{ id: string; acled: { event_type: string } | null }> };
  assert.ok(want.events.length > 0);
  assert.ok(want.events.every((e) => e.acled?.event_type === 'Protests'));
  const ids = await page.$$eval('#events tbody tr[data-id]', (rs) => rs.map((r) => r.getAttribute('data-id')));
  assert.deepEqual([...ids].sort(), want.events.map((e) => e.id).sort());
  const stats = (await (await fetch(`${base}/api/stats?acled_type=Protests`)).json()) as { total: number };
  assert.match((await page.textContent('#summary')) ?? '', new RegExp(`^${stats.total} events`));
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('select[name=acled_type]'), 'Protests', 'reload restores it');
  assert.equal(await page.textContent('select[name=acled_type] option[value=Protests]'), `Protests (${all.byAcledType.Protests})`, 'counted without the ACLED type');
  await page.selectOption('select[name=acled_type]', 'none');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('acled_type'), 'none');
  const noneIds = await page.$$eval('#events tbody tr[data-id]', (rs) => rs.map((r) => r.getAttribute('data-id')));
  const wantNone = (await (await fetch(`${base}/api/events?acled_type=none&limit=50`)).json()) as { events: Array<{ id: string }> };
  assert.deepEqual([...noneIds].sort(), wantNone.events.map((e) => e.id).sort());
  assert.deepEqual(problems, []);
  await page.close();
});

test('brushing the timeline sets the date range in the URL and the table', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/');
  const box = (await page.locator('svg.timeline').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await ready(page);
  const u = new URL(page.url());
  const from = u.searchParams.get('from');
  const to = u.searchParams.get('to');
  assert.match(from ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.match(to ?? '', /^\d{4}-\d{2}-\d{2}$/);
  const dates = await page.$$eval('#events tbody tr[data-id] td:first-child', (tds) => tds.map((t) => t.textContent ?? ''));
  assert.ok(dates.length > 0);
  assert.ok(dates.every((d) => d >= from! && d <= to!), `${from}..${to}: ${dates.join()}`);
  assert.equal(await page.inputValue('input[name=from]'), from);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a column header sorts every matching event on the server; the sort is in the URL and pages follow it', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/?type=ASSAULT,PROTEST');
  const ids = () => page.$$eval('#events tbody tr[data-id]', (rs) => rs.map((r) => r.getAttribute('data-id')));
  const api = async (qs: string) =>
    ((await (await fetch(`${base}/api/events?type=ASSAULT,PROTEST&limit=50${qs}`)).json()) as { events: EventRecord[]; next: string | null });
  const newest = await ids();
  assert.deepEqual(newest, (await api('')).events.map((e) => e.id));
  assert.equal(await page.getAttribute('#events th button[data-key=date]', 'data-active'), 'desc');

  // Dead: most fatalities first, over all matching events (not only the page on screen)
  await page.click('#events th button[data-key=dead]');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('sort'), '-fatalities');
  const byDead = await api('&sort=-fatalities');
  assert.deepEqual(await ids(), byDead.events.map((e) => e.id));
  assert.notDeepEqual(await ids(), newest, 'the first rows change');
  const every = (await (await fetch(`${base}/api/events?type=ASSAULT,PROTEST&limit=1000`)).json()) as { events: EventRecord[] };
  const most = Math.max(...every.events.map((e) => e.size?.dead?.value ?? 0));
  assert.ok(most > 0);
  assert.equal(await page.textContent('#events tbody tr[data-id] td:nth-child(6)'), String(most));
  assert.equal(await page.getAttribute('#events th button[data-key=dead]', 'data-active'), 'desc');
  assert.equal(await page.getAttribute('#events th button[data-key=date]', 'data-active'), '');
  // the next page continues the same order
  await page.click('#next');
  await ready(page);
  assert.deepEqual(await ids(), (await api(`&sort=-fatalities&cursor=${encodeURIComponent(byDead.next!)}`)).events.map((e) => e.id));
  // again: fewest first
  await page.click('#events th button[data-key=dead]');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('sort'), 'fatalities');
  assert.equal(await page.textContent('#page-no'), 'Page 1');
  assert.deepEqual(await ids(), (await api('&sort=fatalities')).events.map((e) => e.id));

  // Type, then Date twice: oldest first
  await page.click('#events th button[data-key=type]');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('sort'), 'type');
  const types = await rowTypes(page);
  assert.ok(types.every((t) => t === 'ASSAULT'), 'ASSAULT sorts before PROTEST');
  await page.click('#events th button[data-key=date]');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('sort'), null, 'newest first is the default');
  assert.deepEqual(await ids(), newest);
  await page.click('#events th button[data-key=date]');
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('sort'), 'date');
  const oldest = (await api('&sort=date')).events;
  assert.deepEqual(await ids(), oldest.map((e) => e.id));
  const dates = await page.$$eval('#events tbody tr[data-id] td:first-child', (tds) => tds.map((t) => t.textContent ?? ''));
  assert.deepEqual(dates, [...dates].sort());
  // the export follows the table's order; reload and Back restore the sort
  assert.match((await page.getAttribute('#exports a[data-format=csv]', 'href')) ?? '', /sort=date/);
  await page.reload();
  await ready(page);
  assert.deepEqual(await ids(), oldest.map((e) => e.id));
  assert.equal(await page.getAttribute('#events th button[data-key=date]', 'data-active'), 'asc');
  await page.goBack();
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('sort'), null);
  assert.deepEqual(await ids(), newest);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the timeline is drawn in the bucket the server chose, labelled', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/');
  const stats = (await (await fetch(`${base}/api/stats`)).json()) as { bucket: string; byDay: Array<{ date: string }> };
  assert.equal(await page.getAttribute('svg.timeline', 'data-bucket'), stats.bucket);
  assert.equal(await page.textContent('svg.timeline text.unit'), `events per ${stats.bucket}`);
  const titles = await page.$$eval('svg.timeline rect.bar title', (ts) => ts.map((t) => t.textContent ?? ''));
  for (const d of stats.byDay.slice(0, 5)) assert.ok(titles.some((t) => t.includes(d.date)), d.date);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking an event opens its article with the coded spans highlighted by role', { skip: SKIP }, async () => {
  const { page, problems } = await open(base + '/?type=ASSAULT');
  const id = (await page.getAttribute('#events tbody tr[data-id]', 'data-id'))!;
  await page.click(`#events tbody tr[data-id="${id}"]`);
  await page.waitForFunction(() => document.getElementById('event-view')?.dataset.ready === 'true');
  assert.match(page.url(), new RegExp(`event=${id}`));
  const d = (await (await fetch(`${base}/api/events/${id}`)).json()) as { event: EventRecord; spans: Array<{ role: string; text: string }> };
  assert.equal(await page.textContent('#event-view mark.role-trigger'), d.event.trigger.text);
  assert.equal(await page.textContent('#event-view mark.role-actor'), d.spans.find((s) => s.role === 'actor')!.text);
  for (const role of new Set(d.spans.map((s) => s.role))) {
    assert.ok((await page.locator(`#event-view mark[data-roles~="${role}"]`).count()) > 0, role);
  }
  // the whole article text is there, unchanged
  const a = (await (await fetch(`${base}/api/articles/${d.event.article.id}`)).json()) as Article;
  assert.equal(await page.textContent('#event-view [data-testid=article-text]'), a.text);
  // closing removes it from the URL; reopening from the URL works
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#event-view'), false);
  assert.doesNotMatch(page.url(), /event=/);
  await page.goto(`${base}/?event=${id}`);
  await page.waitForFunction(() => document.getElementById('event-view')?.dataset.ready === 'true');
  assert.equal(await page.textContent('#event-view mark.role-trigger'), d.event.trigger.text);
  assert.deepEqual(problems, []);
  await page.close();
});

test('article text with <script> and <img onerror> shows literally and never runs', { skip: SKIP }, async () => {
  const { page } = await open(`${base}/?event=ev_xss`);
  await page.waitForFunction(() => document.getElementById('event-view')?.dataset.ready === 'true');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  const shown = (await page.textContent('#event-view [data-testid=article-text]')) ?? '';
  assert.ok(shown.includes(XSS_IMG), shown);
  assert.ok(shown.includes(XSS_SCRIPT), shown);
  const view = (await page.textContent('#event-view')) ?? '';
  assert.ok(view.includes(`Unrest ${XSS_IMG}`), 'title as text');
  assert.equal(await page.locator('#event-view img').count(), 0);
  assert.equal(await page.locator('#event-view script').count(), 0);
  assert.equal(await page.locator('#event-view a[href^="javascript"]').count(), 0);
  assert.equal(await page.textContent('#event-view mark.role-attribution'), XSS_IMG);
  // and in the table
  await page.keyboard.press('Escape');
  await page.goto(`${base}/?q=witness`);
  await ready(page);
  assert.equal(await page.locator('#events img, #events script').count(), 0);
  assert.ok(((await page.textContent('#events')) ?? '').includes(XSS_SCRIPT));
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  await page.close();
});

test('screenshot of the main view on synthetic events (test artifact; docs/ with TULIP_UPDATE_SCREENSHOT=1)', { skip: SKIP }, async () => {
  const { page } = await open(base + '/');
  const out = process.env.TULIP_UPDATE_SCREENSHOT === '1' ? path.join(root, 'docs/screenshot-synthetic.png') : path.join(root, 'dist/test-artifacts/dashboard-synthetic.png');
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  assert.ok(existsSync(out));
  await page.close();
});

test('the dashboard on the bundled samples (coded by the pipeline): table, timeline, event view; screenshot', { skip: SKIP }, async () => {
  const stats = (await (await fetch(`${samplesBase}/api/stats`)).json()) as { total: number; byCountry: Record<string, number> };
  assert.ok(stats.total > 0, 'the pipeline codes events from the samples');
  const { page, problems } = await open(`${samplesBase}/`);
  assert.match((await page.textContent('#summary')) ?? '', new RegExp(`^${stats.total} event`));
  assert.equal(await page.locator('#events tbody tr[data-id]').count(), Math.min(50, stats.total));
  assert.ok((await page.locator('svg.timeline rect.bar').count()) > 0);
  assert.ok((await page.locator('svg.map path.country').count()) > 150);
  const located = Object.values(stats.byCountry).reduce((a, b) => a + b, 0);
  if (located > 0) assert.ok((await page.locator('svg.map circle.point').count()) > 0, 'located events are drawn');
  const out = process.env.TULIP_UPDATE_SCREENSHOT === '1' ? path.join(root, 'docs/screenshot.png') : path.join(root, 'dist/test-artifacts/dashboard.png');
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  assert.ok(existsSync(out));
  // every sample event opens with its trigger highlighted in the article
  await page.click('#events tbody tr[data-id]');
  await page.waitForFunction(() => document.getElementById('event-view')?.dataset.ready === 'true');
  const id = new URL(page.url()).searchParams.get('event')!;
  const d = (await (await fetch(`${samplesBase}/api/events/${id}`)).json()) as { event: EventRecord };
  assert.equal(await page.textContent('#event-view mark.role-trigger'), d.event.trigger.text);
  await page.screenshot({ path: out.replace(/\.png$/, '-event.png') });
  assert.deepEqual(problems, []);
  await page.close();
});
