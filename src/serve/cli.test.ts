import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../cli/serve.js';
import { Store } from '../store/index.js';
import { syntheticEvents } from '../scripts/synth.js';
import type { IO } from '../cli/io.js';

function io(cwd: string): IO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d) => (o += d));
  stderr.on('data', (d) => (e += d));
  return { stdout, stderr, cwd, out: () => o, err: () => e };
}

test('tulip serve --help prints usage with an example; bad arguments exit 2', async () => {
  const h = io(process.cwd());
  assert.equal(await run(['--help'], h), 0);
  assert.match(h.out(), /Usage: tulip serve/);
  assert.match(h.out(), /Example:/);
  for (const argv of [['--nope'], ['--port', 'abc'], ['--port', '70000'], ['positional']]) {
    const x = io(process.cwd());
    assert.equal(await run(argv, x), 2, argv.join(' '));
    assert.match(x.err(), /Usage/);
  }
});

test('tulip serve listens, prints its address, serves the API, and stops on SIGINT', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tulip-cli-serve-'));
  try {
    const store = Store.open(path.join(dir, 'x.db'));
    store.ingest([...syntheticEvents(30, 2)]);
    store.close();
    writeFileSync(path.join(dir, 'token'), 'file-token\n');
    const h = io(dir);
    const done = run(['--db', 'x.db', '--port', '0', '--token-file', 'token'], h);
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((r) => setTimeout(r, 50));
      url = /(http:\/\/[\d.:]+)\//.exec(h.out())?.[1];
    }
    assert.ok(url, `printed address: ${h.out()} ${h.err()}`);
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { total: number };
    assert.equal(stats.total, 30);
    assert.match(h.out(), /writes enabled/);
    // the token from the file guards POST
    const r = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' }, body: '{"text":"x"}' });
    assert.equal(r.status, 401);
    process.emit('SIGINT');
    assert.equal(await done, 0);
    await assert.rejects(fetch(`${url}/api/stats`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tulip serve: an unreadable token file is a bad input (exit 1)', async () => {
  const h = io(process.cwd());
  assert.equal(await run(['--token-file', '/nonexistent/token', '--port', '0'], h), 1);
  assert.match(h.err(), /token file/);
});
