import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles, type ReadItem } from './index.js';

// each test's scratch folder, removed when the file's tests end
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

async function collect(paths: string[], cwd: string, opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const i of readArticles(paths, opts, cwd)) out.push(i);
  return out;
}

const GOOD = 'Police arrested 12 protesters in Nairobi on Monday, officials said.';

test('bad files are named and skipped; good ones are read', async () => {
  const dir = tempDir('tulip-read-');
  writeFileSync(join(dir, 'a-good.txt'), GOOD);
  writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
  writeFileSync(join(dir, 'c-empty.txt'), '  \n ');
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 protesters gathered in the square.', 'latin1'));
  writeFileSync(join(dir, 'e-noarticle.html'), '<html><head><title>x</title></head><body><nav>Home</nav></body></html>');
  writeFileSync(join(dir, 'f.jsonl'), [JSON.stringify({ id: 'ok1', text: GOOD, published: '2021-09-14' }), '{broken json', JSON.stringify({ id: 'x', title: 'no text' }), JSON.stringify({ text: GOOD })].join('\n'));
  const items = await collect([dir, join(dir, 'missing.txt')], dir);
  const errors = items.filter((i) => i.kind === 'error').map((i) => (i as { error: string }).error);
  const arts = items.filter((i) => i.kind === 'article');
  assert.equal(arts.length, 3, JSON.stringify(errors));
  assert.ok(errors.some((e) => /b-binary\.txt: binary file/.test(e)));
  assert.ok(errors.some((e) => /c-empty\.txt: empty/.test(e)));
  assert.ok(errors.some((e) => /d-latin1\.txt: invalid UTF-8/.test(e)));
  assert.ok(errors.some((e) => /e-noarticle\.html: no article text/.test(e)));
  assert.ok(errors.some((e) => /f\.jsonl:2: invalid JSON/.test(e)));
  assert.ok(errors.some((e) => /f\.jsonl:3: missing "text" field/.test(e)));
  assert.ok(errors.some((e) => /missing\.txt: cannot read/.test(e)));
  // jsonl ids default to file:line
  assert.ok(arts.some((a) => a.kind === 'article' && a.article.id === 'f.jsonl:4'));
  assert.ok(arts.some((a) => a.kind === 'article' && a.article.id === 'ok1' && a.article.published === '2021-09-14'));
});

test('a 50 MB single line is refused with a reason, not a crash', async () => {
  const dir = tempDir('tulip-big-');
  const big = 'word '.repeat(10_000_000);
  writeFileSync(join(dir, 'big.jsonl'), JSON.stringify({ id: 'big', text: big }) + '\n' + JSON.stringify({ id: 'small', text: GOOD }) + '\n');
  writeFileSync(join(dir, 'big.txt'), big);
  const items = await collect([dir], dir);
  const errors = items.filter((i) => i.kind === 'error').map((i) => (i as { error: string }).error);
  assert.ok(errors.some((e) => /big\.jsonl:1: (line|article text) too long/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /big\.txt: (file too large|article text too long)/.test(e)), errors.join('\n'));
  assert.ok(items.some((i) => i.kind === 'article' && i.article.id === 'small'));
});

test('unreadable file is named', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, async () => {
  const dir = tempDir('tulip-perm-');
  const p = join(dir, 'secret.txt');
  writeFileSync(p, GOOD);
  chmodSync(p, 0);
  const items = await collect([p], dir);
  assert.equal(items[0].kind, 'error');
});

test('html: text, title and date from the page', async () => {
  const dir = tempDir('tulip-html-');
  mkdirSync(join(dir, 'sub'));
  const para = '<p>' + 'Police arrested twelve protesters outside parliament in Nairobi on Monday after a rally against new taxes, witnesses said. '.repeat(3) + '</p>';
  writeFileSync(join(dir, 'sub', 'page.html'), `<html><head><title>Arrests in Nairobi</title><meta property="article:published_time" content="2021-09-14T10:00:00Z"></head><body><nav>menu</nav><article><h1>Arrests in Nairobi</h1>${para}${para}</article></body></html>`);
  const items = await collect([dir], dir);
  assert.equal(items.length, 1);
  const a = items[0];
  assert.equal(a.kind, 'article');
  if (a.kind === 'article') {
    assert.equal(a.article.published, '2021-09-14');
    assert.match(a.article.title ?? '', /Arrests in Nairobi/);
    assert.match(a.article.text, /Police arrested twelve protesters/);
    assert.doesNotMatch(a.article.text, /menu/);
  }
});
