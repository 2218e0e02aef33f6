/**
 * `npm run bench`: sentences per second and peak memory of `tulip extract` end to end over a
 * generated corpus (the bundled samples repeated with varied ids, written as JSONL), against
 * wink-nlp's tokenising + tagging alone on the same texts. Each side runs in its own process
 * so that peak memory (maxRSS) is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';

const repo = fileURLToPath(new URL('../../', import.meta.url));

function corpus(targetSentences: number): { file: string; articles: number } {
  const dir = mkdtempSync(join(tmpdir(), 'tulip-bench-'));
  const texts = readdirSync(join(repo, 'samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(repo, 'samples', f), 'utf8'));
  const perRound = texts.reduce((n, t) => n + t.split(/[.!?]\s|\n\n/).length, 0);
  const rounds = Math.max(1, Math.ceil(targetSentences / perRound));
  const lines: string[] = [];
  for (let r = 0; r < rounds; r++) {
    texts.forEach((t, i) => lines.push(JSON.stringify({ id: `bench-${r}-${i}`, text: t, published: '2020-01-01' })));
  }
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, articles: lines.length };
}

async function child(kind: string, file: string): Promise<void> {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  if (kind === 'wink') {
    const { winkOnly } = await import('../text/analyse.js');
    const t0 = performance.now();
    let sentences = 0;
    for (const l of lines) sentences += winkOnly(JSON.parse(l).text);
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ sentences, ms, maxRSS: process.resourceUsage().maxRSS }));
    return;
  }
  // tulip extract, end to end through the CLI code path, output discarded
  const { main } = await import('../cli/main.js');
  const { analyse } = await import('../text/analyse.js');
  let sentences = 0;
  for (const l of lines) sentences += analyse({ id: 'x', text: JSON.parse(l).text, title: null, source: null, url: null, published: null }).sentences.length;
  let bytes = 0;
  const sink = new Writable({ write(c, _e, cb) { bytes += c.length; cb(); } });
  const t0 = performance.now();
  const code = await main(['extract', file], { stdout: sink, stderr: process.stderr, cwd: repo });
  const ms = performance.now() - t0;
  // the same corpus again in the same process: lexicons loaded, chrono's patterns compiled, code
  // optimised by the JIT, i.e. the rate of a long run (a 1 GB file) after its first seconds
  const t1 = performance.now();
  await main(['extract', file], { stdout: sink, stderr: process.stderr, cwd: repo });
  const warmMs = performance.now() - t1;
  console.log(JSON.stringify({ sentences, ms, warmMs, maxRSS: process.resourceUsage().maxRSS, code, bytes }));
}

async function benchMain(): Promise<void> {
  const target = Number(process.argv[2] ?? 20000);
  const { file, articles } = corpus(target);
  const size = statSync(file).size;
  console.log(`corpus: ${articles} articles, ${(size / 1e6).toFixed(1)} MB of JSONL (${file})`);
  const results: Record<string, { sentences: number; ms: number; maxRSS: number; warmMs?: number }> = {};
  try {
    for (const kind of ['wink', 'tulip']) {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) {
        console.error(r.stderr);
        throw new Error(`${kind} run failed`);
      }
      results[kind] = JSON.parse(r.stdout.trim().split('\n').pop()!);
    }
  } finally {
    // the generated corpus is only for this run
    rmSync(dirname(file), { recursive: true, force: true });
  }
  const w = results.wink;
  const t = results.tulip;
  const rate = (x: { sentences: number; ms: number }) => x.sentences / (x.ms / 1000);
  console.log(`wink-nlp alone (tokens, POS, lemmas): ${w.sentences} sentences in ${(w.ms / 1000).toFixed(2)} s = ${rate(w).toFixed(0)} sentences/s, peak RSS ${(w.maxRSS / 1024).toFixed(0)} MB`);
  console.log(`tulip extract (end to end, JSONL out): ${t.sentences} sentences in ${(t.ms / 1000).toFixed(2)} s = ${rate(t).toFixed(0)} sentences/s, peak RSS ${(t.maxRSS / 1024).toFixed(0)} MB`);
  const warm = results.tulip as { sentences: number; warmMs: number };
  console.log(`tulip extract, same corpus again in the same process (steady state): ${(warm.warmMs / 1000).toFixed(2)} s = ${(warm.sentences / (warm.warmMs / 1000)).toFixed(0)} sentences/s`);
  console.log(`ratio tulip/wink: ${(rate(t) / rate(w)).toFixed(2)} (target: at least 5,000 sentences/s per core)`);
  const { gazetteerStats } = await import('../recognise/places/gazetteer.js');
  const g = gazetteerStats();
  console.log(`gazetteer index: ${(g.bytes / 1e6).toFixed(1)} MB on disk, ${Number.isNaN(g.heapMB) ? '?' : g.heapMB} MB of memory when loaded, ${g.places} places, ${g.keys} name keys, cold start ${g.loadMs} ms (${g.file})`);
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  benchMain().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
