import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { Store } from '../store/index.js';

// each test's scratch folder, removed when the file's tests end
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const repo = fileURLToPath(new URL('../../', import.meta.url));

async function run(argv: string[], cwd = repo) {
  const out = new PassThrough();
  const err = new PassThrough();
  let so = '';
  let se = '';
  out.on('data', (d) => (so += d));
  err.on('data', (d) => (se += d));
  const code = await main(argv, { stdout: out, stderr: err, cwd });
  return { code, out: so, err: se };
}

test('extract prints JSONL events with article ids; usage errors exit 2', async () => {
  const r = await run(['extract', 'samples/kyrgyzstan-2005-03-21.txt', '--published', '2005-03-21']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length >= 8);
  assert.ok(lines.every((e) => e.article.id && e.article.published === '2005-03-21'));
  assert.equal((await run(['extract'])).code, 2);
  assert.equal((await run(['extract', 'x.txt', '--published', 'yesterday'])).code, 2);
  assert.equal((await run(['nonsense'])).code, 2);
  const h = await run(['extract', '--help']);
  assert.equal(h.code, 0);
  assert.match(h.out, /Example/);
});

test('extract csv and json formats', async () => {
  const csv = await run(['extract', 'samples/kyrgyzstan-2005-03-21.txt', '--format', 'csv']);
  assert.equal(csv.code, 0);
  assert.match(csv.out.split('\n')[0], /^id,date,/);
  const json = await run(['extract', 'samples/kyrgyzstan-2005-03-21.txt', '--format', 'json']);
  assert.ok(Array.isArray(JSON.parse(json.out)));
});

test('extract: bad input is named, the rest is coded, exit 1', async () => {
  const dir = tempDir('tulip-cli-');
  writeFileSync(join(dir, 'bad.jsonl'), '{"id": "a", "text": "Police arrested 12 protesters in Lagos on Monday."}\nnot json\n');
  const r = await run(['extract', 'bad.jsonl'], dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /bad\.jsonl:2: invalid JSON/);
  assert.ok(r.out.trim().split('\n').length >= 1);
});

test('ingest is idempotent and keeps what is stored when later input is bad', async () => {
  const dir = tempDir('tulip-ingest-');
  const db = join(dir, 'tulip.db');
  const first = await run(['ingest', join(repo, 'samples'), '--db', db, '--quiet']);
  assert.equal(first.code, 0, first.err);
  assert.ok(existsSync(db));
  let s = Store.open(db, { readonly: true });
  const c1 = s.counts();
  s.close();
  assert.ok(c1.articles >= 5 && c1.events > 20);
  const again = await run(['ingest', join(repo, 'samples'), '--db', db, '--quiet']);
  assert.equal(again.code, 0);
  s = Store.open(db, { readonly: true });
  assert.deepEqual(s.counts(), c1);
  s.close();
  writeFileSync(join(dir, 'broken.jsonl'), 'garbage\n{"id":"n1","text":"Soldiers killed five rebels near Goma on Tuesday."}\n');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const bad = await run(['ingest', join(dir, 'broken.jsonl'), join(dir, 'bin.txt'), '--db', db, '--quiet']);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /broken\.jsonl:1: invalid JSON/);
  assert.match(bad.err, /bin\.txt: binary file/);
  s = Store.open(db, { readonly: true });
  const c2 = s.counts();
  s.close();
  assert.equal(c2.articles, c1.articles + 1);
  assert.ok(c2.events > c1.events);
});
