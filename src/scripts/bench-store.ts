/**
 * Store benchmark: n synthetic events into a temporary database, then the typical queries
 * timed repeatedly (median and 95th percentile). Run: node dist/scripts/bench-store.js 1000000
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Store, type EventFilter, type IngestItem } from '../store/index.js';
import { syntheticEvents } from './synth.js';

function fileSize(p: string): number {
  return existsSync(p) ? statSync(p).size : 0;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface BenchResult {
  name: string;
  /** the first (untimed-before) call, which loads what a cold store has not loaded yet */
  first: number;
  p50: number;
  p95: number;
  rows: number;
}

/**
 * n synthetic events into a temporary database, then the query timings. With `opts.db`, an
 * existing database (e.g. one kept by an earlier run) is queried instead and nothing is written,
 * unless `opts.migrate` asks to bring its schema up to date first (the time is printed).
 */
export async function benchStore(
  n: number,
  opts: { runs?: number; log?: (s: string) => void; keep?: boolean; db?: string; migrate?: boolean } = {},
): Promise<BenchResult[]> {
  const log = opts.log ?? ((s: string) => process.stdout.write(s + '\n'));
  const runs = opts.runs ?? 20;
  const dir = opts.db ? null : mkdtempSync(join(tmpdir(), 'tulip-benchstore-'));
  const path = opts.db ?? join(dir!, 'bench.db');
  if (opts.db && opts.migrate) {
    const t = performance.now();
    Store.open(path).close();
    log(`schema brought up to date in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const store = Store.open(path, { readonly: !!opts.db });
  try {
    if (!opts.db) ingest();
    else log(`querying ${path}: ${store.counts().events.toLocaleString('en-US')} events`);
    return queries();
  } finally {
    store.close();
    if (dir && !opts.keep) rmSync(dir, { recursive: true, force: true });
    else if (dir) log(`kept ${path}`);
  }

  function ingest(): void {
    // ---- ingest
    const cpu0 = process.cpuUsage();
    let t0 = performance.now();
    let batch: IngestItem[] = [];
    let batchEvents = 0;
    let done = 0;
    let lastLog = t0;
    for (const item of syntheticEvents(n, 42)) {
      batch.push(item);
      batchEvents += item.events.length;
      if (batchEvents >= 5000) {
        done += store.ingest(batch).events;
        batch = [];
        batchEvents = 0;
        const now = performance.now();
        if (now - lastLog > 5000) {
          lastLog = now;
          log(`  ${done.toLocaleString('en-US')} events, ${Math.round(done / ((now - t0) / 1000)).toLocaleString('en-US')}/s`);
        }
      }
    }
    if (batch.length) done += store.ingest(batch).events;
    const ingestMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    t0 = performance.now();
    store.db.exec('ANALYZE');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const analyzeMs = performance.now() - t0;
    const counts = store.counts();
    const size = fileSize(path) + fileSize(path + '-wal');
    log(
      `ingest: ${counts.events.toLocaleString('en-US')} events in ${counts.articles.toLocaleString('en-US')} articles, ` +
        `${(ingestMs / 1000).toFixed(1)} s (${Math.round(counts.events / (ingestMs / 1000)).toLocaleString('en-US')} events/s; ` +
        `${cpuS.toFixed(0)} s of CPU, generation included), ` +
        `ANALYZE ${(analyzeMs / 1000).toFixed(1)} s, db ${(size / 1048576).toFixed(0)} MB`,
    );
  }

  function queries(): BenchResult[] {
    // ---- queries
    const sample = store.query({ limit: 1 }).events[0];
    const someId = sample?.id ?? '';
    // the page after `pages` pages (the cursor is found once, outside the timing)
    const deep = (f: EventFilter, pages: number) => {
      let c: string | null = null;
      for (let i = 0; i < pages; i++) {
        c = store.query({ ...f, cursor: c }).next;
        if (!c) break;
      }
      return () => store.query({ ...f, cursor: c }).events.length;
    };
    const q = (f: EventFilter) => () => store.query(f).events.length;
    const st = (f: EventFilter) => () => store.stats(f).total;
    const cases: Array<[string, () => number]> = [
      ['list: newest 100', q({})],
      ['list: type PROTEST', q({ type: ['PROTEST'] })],
      ['list: type AID (rare)', q({ type: ['AID'] })],
      ['list: country KG', q({ country: 'KG' })],
      ['list: date range 1 month', q({ from: '2021-03-01', to: '2021-03-31' })],
      ['list: actor "police"', q({ actor: 'police' })],
      ['list: actor "red cross" (rare)', q({ actor: 'red cross' })],
      ['list: min confidence 0.95', q({ minConfidence: 0.95 })],
      ['list: text "tear gas"', q({ q: 'tear gas' })],
      ['list: text "killing" (common)', q({ q: 'killing' })],
      ['list: text "zzzz" (none)', q({ q: 'zzzzqx' })],
      ['list: bbox East Africa', q({ bbox: [28, -12, 52, 16] })],
      ['list: bbox Kyrgyzstan (small)', q({ bbox: [69, 39, 81, 43.5] })],
      ['list: type+country+dates', q({ type: ['ASSAULT'], country: 'SD', from: '2019-01-01', to: '2023-12-31' })],
      ['list: all filters', q({ type: ['PROTEST', 'ASSAULT'], country: 'NG', from: '2019-01-01', actor: 'police', minConfidence: 0.5, q: 'killing' })],
      ['list: type+bbox+text', q({ type: ['ASSAULT'], bbox: [-20, -35, 52, 38], q: 'civilians' })],
      ['paging: page 51 (after 5,000)', deep({}, 50)],
      ['paging: page 201, type ASSAULT', deep({ type: ['ASSAULT'] }, 200)],
      ['paging: page 21, text "killing"', deep({ q: 'killing' }, 20)],
      ['event by id', () => (store.getEvent(someId) ? 1 : 0)],
      ['stats: all', st({})],
      ['stats: country KG', st({ country: 'KG' })],
      ['stats: type PROTEST', st({ type: ['PROTEST'] })],
      ['stats: one year', st({ from: '2022-01-01', to: '2022-12-31' })],
      ['stats: text "tear gas"', st({ q: 'tear gas' })],
      ['stats: text "killing" (common)', st({ q: 'killing' })],
      ['stats: type+country+year', st({ type: ['PROTEST'], country: 'KG', from: '2022-01-01', to: '2022-12-31' })],
      ['stats: actor "police"', st({ actor: 'police' })],
      ['stats: bbox East Africa', st({ bbox: [28, -12, 52, 16] })],
      ['stats: bbox Kyrgyzstan (small)', st({ bbox: [69, 39, 81, 43.5] })],
      ['stats: min confidence 0.95', st({ minConfidence: 0.95 })],
      ['stats: country+text "killing"', st({ country: 'NG', q: 'killing' })],
      ['stats: all filters', st({ type: ['PROTEST', 'ASSAULT'], country: 'NG', from: '2019-01-01', actor: 'police', minConfidence: 0.5, q: 'killing' })],
    ];
    const results: BenchResult[] = [];
    log(`queries (${runs} runs each, ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs):`);
    log(`  ${'query'.padEnd(34)} ${'first'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'rows'.padStart(9)}`);
    for (const [name, fn] of cases) {
      const s0 = performance.now();
      fn(); // warm (timed apart: the first stats call that needs them loads the in-memory columns)
      const first = performance.now() - s0;
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        rows = fn();
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const r = { name, first, p50: pct(times, 50), p95: pct(times, 95), rows };
      results.push(r);
      log(`  ${name.padEnd(34)} ${r.first.toFixed(1).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${String(rows).padStart(9)}${r.p95 > 200 ? '  (over 200 ms)' : ''}`);
    }
    const worst = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    log(`worst p95: ${worst.p95.toFixed(1)} ms (${worst.name}); target < 200 ms`);
    return results;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dbAt = args.indexOf('--db');
  const db = dbAt >= 0 ? args[dbAt + 1] : undefined;
  const nArg = args.find((a, i) => /^\d+$/.test(a) && (dbAt < 0 || i !== dbAt + 1));
  const n = Number(nArg ?? 1_000_000);
  if (!Number.isInteger(n) || n <= 0 || (dbAt >= 0 && !db)) {
    process.stderr.write('usage: node dist/scripts/bench-store.js [N events, default 1000000] [--keep] [--db EXISTING.db [--migrate]]\n');
    process.exit(2);
  }
  benchStore(n, { keep: args.includes('--keep'), db, migrate: args.includes('--migrate') }).catch((err) => {
    process.stderr.write(String(err?.stack ?? err) + '\n');
    process.exit(1);
  });
}
