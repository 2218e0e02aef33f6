import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, markUp } from './show.js';
import { Store } from '../store/index.js';
import type { IO } from './io.js';
import type { Article, EventRecord } from '../types.js';

function sink(tty = false): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  if (tty) Object.assign(stream, { isTTY: true });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function call(argv: string[], cwd: string, tty = false) {
  const out = sink(tty);
  const err = sink();
  const io: IO = { stdout: out.stream, stderr: err.stream, cwd };
  const code = await run(argv, io);
  return { code, out: out.text(), err: err.text() };
}

const TEXT =
  'Unrest grew in the south. On Sunday, protesters stormed the regional police station in Jalal-Abad, ' +
  'leaving 4 dead, witnesses said.\u001b[31m';

function span(s: string, from = 0) {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
}

const ARTICLE: Article = { id: 'kg-1', title: 'Protesters storm police station', source: 'Test Wire', url: null, published: '2005-03-21', text: TEXT };
const sent = span('On Sunday, protesters stormed the regional police station in Jalal-Abad, leaving 4 dead, witnesses said.');
const EVENT: EventRecord = {
  id: 'ev_test1',
  event: 'ASSAULT',
  mode: 'primitive',
  context: [],
  quad_code: 4,
  event_scale: null,
  cameo: '180',
  acled: { event_type: 'Riots', sub_event_type: 'Violent demonstration' },
  actor: { ...span('protesters'), entity_text: 'protesters', entity_name: 'Protesters', code: 'KGZ', sector: 'PRO', cameo_code: 'KGZPRO' },
  recipient: {
    ...span('the regional police'),
    entity_text: 'the regional police',
    entity_name: 'Kyrgyzstan Police',
    code: 'KGZ',
    sector: 'COP',
    cameo_code: 'KGZCOP',
  },
  date: '2005-03-20',
  date_precision: 'day',
  date_text: 'Sunday',
  date_start: span('Sunday').start,
  date_end: span('Sunday').end,
  date_basis: 'text',
  event_loc: {
    extracted_place: 'Jalal-Abad', resolved_place: 'Jalal-Abad', geonameid: 1528260, lat: 40.93, lon: 73.0, province: 'Jalal-Abad',
    country: 'Kyrgyzstan', country_code: 'KG', resolution: 'city', ...span('Jalal-Abad'), basis: 'sentence',
  },
  size: { dead: { ...span('4'), value: 4, text: '4', approximate: false }, injured: null, arrested: null, crowd: null },
  attribution: { ...span('witnesses said'), text: 'witnesses said' },
  event_text: 'stormed',
  trigger: { ...span('stormed'), text: 'stormed' },
  reality: 'asserted',
  text_info: { sentence_index: 1, ...sent, sentence: TEXT.slice(sent.start, sent.end) },
  article: { id: 'kg-1', title: ARTICLE.title, source: ARTICLE.source, url: null, published: '2005-03-21' },
  confidence: 0.9,
};

function withDb(fn: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tulip-show-'));
    try {
      const s = Store.open(join(dir, 'data', 'tulip.db'));
      s.ingest([{ article: ARTICLE, events: [EVENT] }]);
      s.close();
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('show: sentence marked up inline, every field with its exact span', withDb(async (dir) => {
  const r = await call(['ev_test1'], dir);
  assert.equal(r.code, 0, r.err);
  assert.ok(!r.out.includes('\x1b'), 'no ANSI when not a TTY');
  assert.ok(
    r.out.includes(
      'On [DATE Sunday], [ACTOR protesters] [EVENT stormed] [RECIPIENT the regional police] station in [PLACE Jalal-Abad], leaving [DEAD 4] dead, [SAID witnesses said].',
    ),
    r.out,
  );
  assert.match(r.out, /Protesters storm police station/);
  assert.match(r.out, /Test Wire/);
  assert.match(r.out, /2005-03-21/);
  const t = EVENT.trigger;
  assert.match(r.out, new RegExp(`event +"stormed" \\[${t.start}-${t.end}\\]`));
  assert.match(r.out, new RegExp(`actor +"protesters" \\[${EVENT.actor!.start}-${EVENT.actor!.end}\\].*Protesters, KGZ, PRO`));
  assert.match(r.out, /place +"Jalal-Abad" .*40\.93, 73/);
  assert.match(r.out, /date +"Sunday" .*2005-03-20, day, from the text/);
  assert.match(r.out, /dead +"4" .*-> 4/);
  assert.match(r.out, /said +"witnesses said"/);
}));

test('show: colour only on a terminal; control characters from the text are neutralised', withDb(async (dir) => {
  const saved = process.env.NO_COLOR;
  delete process.env.NO_COLOR;
  try {
    const r = await call(['ev_test1'], dir, true);
    assert.equal(r.code, 0);
    assert.ok(r.out.includes('\x1b[1;34m[ACTOR protesters'), 'actor in colour');
  } finally {
    if (saved !== undefined) process.env.NO_COLOR = saved;
  }
  // the article's own escape sequence never reaches the terminal
  const m = markUp('a\u001b[31mb\u202ec', 0, [{ label: 'EVENT', start: 0, end: 1 }], false);
  assert.equal(m, '[EVENT a]\ufffd[31mb\ufffdc');
}));

test('show: nested spans nest, crossing ones are left out of the inline view', () => {
  const text = 'about 2,000 protesters marched';
  const m = markUp(
    text,
    100,
    [
      { label: 'ACTOR', start: 100, end: 122 },
      { label: 'CROWD', start: 106, end: 111 },
      { label: 'EVENT', start: 123, end: 130 },
      { label: 'PLACE', start: 118, end: 126 },
      { label: 'DATE', start: 5, end: 9 },
    ],
    false,
  );
  assert.equal(m, '[ACTOR about [CROWD 2,000] protesters] [EVENT marched]');
});

test('show: unknown id, missing id, missing database', withDb(async (dir) => {
  const r = await call(['ev_nope'], dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /no event with id "ev_nope"/);
  const u = await call([], dir);
  assert.equal(u.code, 2);
  assert.match(u.err, /missing event ID/);
  const d = await call(['ev_test1', '--db', 'other.db'], dir);
  assert.equal(d.code, 1);
  assert.match(d.err, /no database/);
  const h = await call(['--help'], dir);
  assert.equal(h.code, 0);
  assert.match(h.out, /Example/);
}));
