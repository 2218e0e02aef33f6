/**
 * Latency of the explorer's API on a large database: `node dist/scripts/bench-serve.js [n]`
 * fills a temporary database with n synthetic events, starts the real server on a free port
 * and times HTTP requests (the dashboard's list, stats, map and event queries, each filter,
 * text search, each sort, deep cursor pages), printing median and 95th percentile per request.
 * Also prints the dashboard's first-load size (dist-web, raw and gzip).
 * The database goes to a temporary folder under $TULIP_BENCH_DIR (default: the OS temp dir);
 * 1,000,000 events take about 3 GB of disk and ~12 minutes to fill. With $TULIP_BENCH_DB set,
 * that file is used (filled only when it holds fewer than n events) and kept for the next run.
 * The "store" column times the same filter through the Store directly, in-process (no HTTP,
 * no JSON encoding), to tell the server's share from the database's.
 */
import { mkdtempSync, rmSync, readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Store, type IngestItem, type BucketChoice } from '../store/index.js';
import { syntheticEvents } from './synth.js';
import { buildServer, toFilter } from '../serve/server.js';
import type { EventRecord } from '../types.js';

const RUNS = 25;
const WARMUP = 2;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const r = await fetch(url);
  const body = await r.arrayBuffer();
  return { ms: performance.now() - t, status: r.status, bytes: body.byteLength };
}

function dashboardSize(root: string): { files: number; raw: number; gzip: number } | null {
  const web = path.join(root, 'dist-web');
  if (!existsSync(path.join(web, 'index.html'))) return null;
  let raw = 0;
  let gz = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const b = readFileSync(p);
        raw += b.length;
        gz += gzipSync(b).length;
        files++;
      }
    }
  };
  walk(web);
  return { files, raw, gzip: gz };
}

export async function benchServe(n: number): Promise<void> {
  const keep = process.env.TULIP_BENCH_DB;
  const dir = keep ? null : mkdtempSync(path.join(process.env.TULIP_BENCH_DIR ?? tmpdir(), 'tulip-bench-serve-'));
  const dbPath = keep ? path.resolve(keep) : path.join(dir!, 'bench.db');
  try {
    const t0 = performance.now();
    const store = Store.open(dbPath);
    const had = store.counts().events;
    if (had > 0 && had < n) throw new Error(`${dbPath} holds ${had} events, fewer than ${n}: delete it first`);
    if (had === 0) {
      let batch: IngestItem[] = [];
      for (const item of syntheticEvents(n, 1)) {
        batch.push(item);
        if (batch.length >= 2000) {
          store.ingest(batch);
          batch = [];
        }
      }
      if (batch.length) store.ingest(batch);
      store.optimize();
    }
    const stored = store.counts();
    store.close();
    const fillS = (performance.now() - t0) / 1000;
    const sizeMb = statSync(dbPath).size / 1e6;
    console.log(
      `${had ? 'reused' : 'filled'} ${stored.events.toLocaleString()} events (${stored.articles.toLocaleString()} articles)${had ? '' : ` in ${fillS.toFixed(1)} s`}; database ${sizeMb.toFixed(0)} MB`,
    );

    // the main figures come from a server without its answer cache, so every request does
    // the work; the cached figures for stats and map follow
    const app = await buildServer({ dbPath, cache: false });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      // pick real values from the data
      const first = (await (await fetch(`${base}/api/events?limit=200`)).json()) as { events: EventRecord[] };
      const sample = first.events.find((e) => e.actor && e.event_loc.country_code && e.date)!;
      const country = sample.event_loc.country_code!;
      const day = sample.date!;
      const monthAgo = new Date(Date.parse(`${day}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
      const actor = sample.actor!.entity_name.split(' ').slice(-1)[0];
      const word = sample.text_info.sentence.split(/\W+/).find((w) => w.length >= 6) ?? 'protest';
      const lat = sample.event_loc.lat ?? 0;
      const lon = sample.event_loc.lon ?? 0;
      const bbox = [lon - 2, lat - 2, lon + 2, lat + 2].map((x) => x.toFixed(2)).join(',');
      // a deep cursor: 50,000 events down
      const deep = async (sort: string): Promise<string | null> => {
        let cursor: string | null = null;
        for (let i = 0; i < 50; i++) {
          const p = (await (await fetch(`${base}/api/events?limit=1000${sort}${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { next: string | null };
          if (!p.next) break;
          cursor = p.next;
        }
        return cursor;
      };
      const cursor = await deep('');
      const deadCursor = await deep('&sort=-fatalities');
      const filters = `type=PROTEST,ASSAULT&country=${country}&from=${monthAgo}&to=${day}`;
      const requests: Array<[string, string]> = [
        ['list: first page (50)', '/api/events?limit=50'],
        ['list: type', '/api/events?limit=50&type=PROTEST'],
        ['list: country', `/api/events?limit=50&country=${country}`],
        ['list: date range (30 days)', `/api/events?limit=50&from=${monthAgo}&to=${day}`],
        ['list: min_confidence', '/api/events?limit=50&min_confidence=0.9'],
        ['list: actor', `/api/events?limit=50&actor=${encodeURIComponent(actor)}`],
        ['list: text search', `/api/events?limit=50&q=${encodeURIComponent(word)}`],
        ['list: bbox', `/api/events?limit=50&bbox=${bbox}`],
        ['list: type+country+dates', `/api/events?limit=50&${filters}`],
        ['list: deep cursor (50k down)', `/api/events?limit=50${cursor ? `&cursor=${cursor}` : ''}`],
        ['list: sort=date (oldest)', '/api/events?limit=50&sort=date'],
        ['list: sort=type', '/api/events?limit=50&sort=type'],
        ['list: sort=-fatalities', '/api/events?limit=50&sort=-fatalities'],
        ['list: sort=fatalities', '/api/events?limit=50&sort=fatalities'],
        ['list: -fatalities, 50k down', `/api/events?limit=50&sort=-fatalities${deadCursor ? `&cursor=${deadCursor}` : ''}`],
        ['list: country, -fatalities', `/api/events?limit=50&country=${country}&sort=-fatalities`],
        ['list: t+c+dates, -fatalities', `/api/events?limit=50&${filters}&sort=-fatalities`],
        ['list: text, sort=type', `/api/events?limit=50&q=${encodeURIComponent(word)}&sort=type`],
        ['list: actor, sort=date', `/api/events?limit=50&actor=${encodeURIComponent(actor)}&sort=date`],
        ['list: ACLED type, sort=type', '/api/events?limit=50&acled_type=Protests&sort=type'],
        ['stats: everything', '/api/stats'],
        ['stats: everything, per day', '/api/stats?bucket=day'],
        ['stats: type', '/api/stats?type=PROTEST'],
        ['stats: country', `/api/stats?country=${country}`],
        ['stats: type+country+dates', `/api/stats?${filters}`],
        ['stats: text search', `/api/stats?q=${encodeURIComponent(word)}`],
        ['stats: actor', `/api/stats?actor=${encodeURIComponent(actor)}`],
        ['stats: bbox', `/api/stats?bbox=${bbox}`],
        ['stats: ACLED type', '/api/stats?acled_type=Protests'],
        ['stats: text+country+dates', `/api/stats?q=${encodeURIComponent(word)}&${filters}`],
        ['map: 1000 points (dashboard)', '/api/map?limit=1000'],
        ['map: type+country+dates', `/api/map?limit=1000&${filters}`],
        ['one event', `/api/events/${sample.id}`],
        ['one article', `/api/articles/${sample.article.id}`],
      ];
      const direct = Store.open(dbPath, { readonly: true });
      direct.warm(); // as the server does when it starts: the stats columns are in memory
      console.log(`\n${'request'.padEnd(30)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'bytes'.padStart(9)}   store p50/p95 ms`);
      const slow: string[] = [];
      for (const [name, p] of requests) {
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const r = await timed(base + p);
          if (r.status !== 200) throw new Error(`${p}: HTTP ${r.status}`);
          if (i >= WARMUP) times.push(r.ms);
          bytes = r.bytes;
        }
        times.sort((a, b) => a - b);
        const p95 = pct(times, 95);
        if (p95 >= 200) slow.push(name);
        let storeCol = '';
        const work = storeWork(direct, p);
        if (work) {
          const st: number[] = [];
          for (let i = 0; i < 10; i++) {
            const t = performance.now();
            work();
            st.push(performance.now() - t);
          }
          st.sort((a, b) => a - b);
          storeCol = `${pct(st, 50).toFixed(1)} / ${pct(st, 95).toFixed(1)}`;
        }
        console.log(`${name.padEnd(30)} ${pct(times, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${bytes.toLocaleString().padStart(9)}   ${storeCol}`);
      }
      direct.close();
      console.log(slow.length ? `\np95 >= 200 ms: ${slow.join('; ')}` : '\nall p95 < 200 ms');

      // the same stats and map requests on a server with its cache (what a dashboard user sees
      // on the second look at a view, until the database changes)
      const cached = await buildServer({ dbPath });
      const cbase = await cached.listen({ port: 0, host: '127.0.0.1' });
      try {
        console.log(`\nwith the answer cache:`);
        for (const [name, p] of requests.filter(([n]) => n.startsWith('stats') || n.startsWith('map'))) {
          const times: number[] = [];
          for (let i = 0; i < WARMUP + RUNS; i++) {
            const r = await timed(cbase + p);
            if (i >= 1) times.push(r.ms);
          }
          times.sort((a, b) => a - b);
          console.log(`${name.padEnd(30)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)}`);
        }
      } finally {
        await cached.close();
      }
    } finally {
      await app.close();
    }
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const size = dashboardSize(root);
    console.log(
      size
        ? `dashboard first load: ${size.files} files, ${(size.raw / 1024).toFixed(0)} KiB raw, ${(size.gzip / 1024).toFixed(0)} KiB gzip`
        : 'dashboard not built (dist-web missing): run npm run build',
    );
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The request's work done through the Store directly (null for routes without one call). */
function storeWork(store: Store, url: string): (() => unknown) | null {
  const u = new URL(url, 'http://x');
  const q: Record<string, unknown> = Object.fromEntries(u.searchParams);
  for (const k of ['limit', 'min_confidence']) if (q[k] !== undefined) q[k] = Number(q[k]);
  const bucket = (q.bucket ?? 'auto') as BucketChoice;
  delete q.bucket;
  const f = toFilter(q);
  const one = /^\/api\/events\/(.+)$/.exec(u.pathname);
  if (one) return () => store.getEvent(decodeURIComponent(one[1]));
  const art = /^\/api\/articles\/(.+)$/.exec(u.pathname);
  if (art) return () => store.getArticle(decodeURIComponent(art[1]));
  if (u.pathname === '/api/events') return () => store.query(f);
  if (u.pathname === '/api/stats') return () => store.stats(f, { bucket });
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const n = Number(process.argv[2] ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: node dist/scripts/bench-serve.js [number of events, default 1000000]');
    process.exit(2);
  }
  benchServe(n).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
