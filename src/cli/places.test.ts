import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from './places.js';

// each test's scratch folder, removed when the file's tests end
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

function io(cwd: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  return { io: { stdout: out, stderr: err, cwd }, out: () => o, err: () => e };
}

test('tulip places: jsonl and geojson, usage errors', async () => {
  const dir = tempDir('tulip-places-');
  writeFileSync(join(dir, 'a.txt'), 'Protesters seized buildings in Jalal-Abad and marched on Osh, Kyrgyz police said.');
  const a = io(dir);
  assert.equal(await run(['a.txt'], a.io), 0);
  const lines = a.out().trim().split('\n').map((l) => JSON.parse(l));
  const osh = lines.find((l) => l.text === 'Osh');
  assert.equal(osh.geonameid, 1527534);
  assert.equal(osh.country_code, 'KG');
  assert.equal(osh.resolution, 'city');
  assert.equal(lines.find((l) => l.text === 'Kyrgyz').kind, 'demonym');

  const g = io(dir);
  assert.equal(await run(['a.txt', '--format', 'geojson', '--no-demonyms'], g.io), 0);
  const fc = JSON.parse(g.out());
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(fc.features.every((f: { properties: { kind: string } }) => f.properties.kind !== 'demonym'));
  assert.ok(fc.features.some((f: { geometry: { coordinates: number[] } }) => Math.abs(f.geometry.coordinates[0] - 72.8) < 0.5));

  const u = io(dir);
  assert.equal(await run(['--format', 'xml', 'a.txt'], u.io), 2);
  assert.match(u.err(), /--format/);
  const h = io(dir);
  assert.equal(await run(['--help'], h.io), 0);
  assert.match(h.out(), /Example:/);
  const m = io(dir);
  assert.equal(await run(['missing.txt'], m.io), 1);
});
