/**
 * `tulip show ID`: one stored event, with the sentence it was coded from marked up span by span
 * and every field next to the exact characters it came from, so a reader sees why.
 */
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type IO } from './io.js';
import { parse } from './args.js';
import { openForReading } from './events.js';
import type { EventRecord } from '../types.js';

export const HELP = `Usage: tulip show ID [--db FILE]

Prints one stored event: the article's title, source and date; the sentence with every coded
span marked inline ([ACTOR ...], [EVENT ...], [RECIPIENT ...], [PLACE ...], [DATE ...],
[DEAD ...], [INJURED ...], [ARRESTED ...], [CROWD ...], [SAID ...]); then each field with the
exact text and character offsets (into the article) it was coded from. Colours are used only
when the output is a terminal (and NO_COLOR is not set).

Options:
  --db FILE    database file (default: data/tulip.db)

Exit code: 0 when the event was found, 1 when it was not (or the database is missing), 2 on a
usage error.

Example:
  tulip events --type PROTEST --limit 1     # note an "id"
  tulip show ev_71314bad2c7b9dee
`;

interface Mark {
  label: string;
  start: number;
  end: number;
}

const COLOURS: Record<string, string> = {
  EVENT: '\x1b[1;31m',
  ACTOR: '\x1b[1;34m',
  RECIPIENT: '\x1b[1;35m',
  PLACE: '\x1b[1;32m',
  DATE: '\x1b[1;36m',
  DEAD: '\x1b[1;33m',
  INJURED: '\x1b[33m',
  ARRESTED: '\x1b[33m',
  CROWD: '\x1b[33m',
  SAID: '\x1b[2;37m',
};
const RESET = '\x1b[0m';

/**
 * Article text is untrusted: control characters (which could drive the terminal) and bidi
 * overrides (which could reorder what is shown) become visible placeholders; line breaks
 * become spaces. Length is kept so offsets still line up.
 */
export function safeText(s: string): string {
  return s.replace(/[\n\r\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

/** The spans of an event, labelled, in article offsets. */
export function eventMarks(e: EventRecord): Mark[] {
  const m: Mark[] = [];
  const add = (label: string, start: number | null | undefined, end: number | null | undefined) => {
    if (typeof start === 'number' && typeof end === 'number' && end > start) m.push({ label, start, end });
  };
  add('EVENT', e.trigger?.start, e.trigger?.end);
  add('ACTOR', e.actor?.start, e.actor?.end);
  add('RECIPIENT', e.recipient?.start, e.recipient?.end);
  add('PLACE', e.event_loc?.start, e.event_loc?.end);
  add('DATE', e.date_start, e.date_end);
  add('DEAD', e.size?.dead?.start, e.size?.dead?.end);
  add('INJURED', e.size?.injured?.start, e.size?.injured?.end);
  add('ARRESTED', e.size?.arrested?.start, e.size?.arrested?.end);
  add('CROWD', e.size?.crowd?.start, e.size?.crowd?.end);
  add('SAID', e.attribution?.start, e.attribution?.end);
  return m;
}

/**
 * Marks up `text` (which starts at article offset `base`) with the spans that fall inside it.
 * Nested spans nest; a span that crosses another is left out of the inline view (it is still
 * listed among the fields).
 */
export function markUp(text: string, base: number, marks: Mark[], colour: boolean): string {
  const inside = marks
    .filter((k) => k.start >= base && k.end <= base + text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  const stack: Mark[] = [];
  for (const k of inside) {
    while (stack.length && stack[stack.length - 1].end <= k.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && k.end > top.end) continue; // crosses its enclosing span
    kept.push(k);
    stack.push(k);
  }
  // events: opens at start, closes at end; at one position close before open
  const opens = new Map<number, Mark[]>();
  const closes = new Map<number, number>();
  for (const k of kept) {
    const s = k.start - base;
    const e = k.end - base;
    if (!opens.has(s)) opens.set(s, []);
    opens.get(s)!.push(k);
    closes.set(e, (closes.get(e) ?? 0) + 1);
  }
  const open: Mark[] = [];
  let out = '';
  const paint = () => (colour && open.length ? COLOURS[open[open.length - 1].label] ?? '' : '');
  for (let i = 0; i <= text.length; i++) {
    const nClose = closes.get(i) ?? 0;
    for (let c = 0; c < nClose; c++) {
      open.pop();
      out += colour ? `${RESET}]${paint()}` : ']';
    }
    for (const k of opens.get(i) ?? []) {
      open.push(k);
      out += colour ? `${COLOURS[k.label] ?? ''}[${k.label} ` : `[${k.label} `;
    }
    if (i < text.length) out += safeText(text[i]);
  }
  return out + (colour && open.length ? RESET : '');
}

function isTTY(stream: NodeJS.WritableStream): boolean {
  return !!(stream as { isTTY?: boolean }).isTTY && !process.env.NO_COLOR;
}

export function renderEvent(e: EventRecord, articleText: string | null, colour: boolean): string {
  const lines: string[] = [];
  const q = (s: string) => JSON.stringify(safeText(s));
  const span = (start: number | null | undefined, end: number | null | undefined, fallback: string | null | undefined): string => {
    if (typeof start !== 'number' || typeof end !== 'number') return fallback ? q(fallback) : '-';
    const exact = articleText !== null && end <= articleText.length ? articleText.slice(start, end) : fallback ?? '';
    const note = articleText !== null && fallback != null && exact !== fallback ? ` (record says ${q(fallback)})` : '';
    const where = e.text_info && (start < e.text_info.start || end > e.text_info.end) ? ', outside the sentence' : '';
    return `${q(exact)} [${start}-${end}${where}]${note}`;
  };
  const a = e.article;
  const bold = (s: string) => (colour ? `\x1b[1m${s}${RESET}` : s);
  lines.push(bold(`${e.event}${e.mode ? ` (${e.mode})` : ''}  ${e.id}`));
  lines.push(
    `quad ${e.quad_code}  CAMEO ${e.cameo}  ACLED ${e.acled ? `${e.acled.event_type} / ${e.acled.sub_event_type}` : '-'}  ` +
      `confidence ${e.confidence}  reality ${e.reality}${e.context?.length ? `  context ${e.context.join(', ')}` : ''}`,
  );
  lines.push('');
  lines.push(`Article: ${a?.title ? q(a.title) : '(no title)'}`);
  lines.push(`         ${[a?.source, a?.published ? `published ${a.published}` : null, a?.id ? `id ${a.id}` : null].filter(Boolean).join(', ')}`);
  if (a?.url) lines.push(`         ${safeText(a.url)}`);
  lines.push('');
  const ti = e.text_info;
  if (ti) {
    lines.push(`Sentence ${ti.sentence_index} [${ti.start}-${ti.end}]:`);
    const sentence = articleText !== null && ti.end <= articleText.length ? articleText.slice(ti.start, ti.end) : ti.sentence;
    lines.push('  ' + markUp(sentence, ti.start, eventMarks(e), colour));
    lines.push('');
  }
  lines.push('Why (field: exact text [start-end in the article] -> coded as):');
  const row = (name: string, text: string, coded?: string | null) => lines.push(`  ${name.padEnd(10)} ${text}${coded ? `  -> ${coded}` : ''}`);
  row('event', span(e.trigger?.start, e.trigger?.end, e.event_text), `${e.event}, CAMEO ${e.cameo}`);
  for (const [name, who] of [['actor', e.actor], ['recipient', e.recipient]] as const) {
    if (!who) row(name, '-');
    else row(name, span(who.start, who.end, who.entity_text), [who.entity_name, who.code, who.sector, who.cameo_code].filter(Boolean).join(', '));
  }
  if (e.object) row('done to', span(e.object.start, e.object.end, e.object.text));
  const l = e.event_loc;
  if (l) {
    const coded = [
      [l.resolved_place, l.province, l.country].filter(Boolean).join(', '),
      l.country_code,
      l.lat !== null && l.lon !== null ? `${l.lat}, ${l.lon}` : null,
      l.resolution ? `${l.resolution} level` : null,
      l.geonameid ? `GeoNames ${l.geonameid}` : null,
      l.basis ? `from the ${l.basis}` : null,
    ]
      .filter(Boolean)
      .join('; ');
    row('place', span(l.start, l.end, l.extracted_place), coded || null);
  }
  row('date', span(e.date_start, e.date_end, e.date_text), [e.date, e.date_precision, e.date_basis ? `from the ${e.date_basis}` : null].filter(Boolean).join(', '));
  for (const k of ['dead', 'injured', 'arrested', 'crowd'] as const) {
    const n = e.size?.[k];
    if (n) row(k, span(n.start, n.end, n.text), `${n.value}${n.approximate ? ' (approximate)' : ''}`);
  }
  row('said', e.attribution ? span(e.attribution.start, e.attribution.end, e.attribution.text) : '-');
  // the same event told elsewhere in the article, merged into this record
  for (const m of e.mentions ?? []) row('also told', `${span(m.start, m.end, m.text)} in sentence ${m.sentence_index}`);
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: IO): Promise<number> {
  let id: string;
  let db: string;
  try {
    const a = parse(argv, { db: { type: 'string', default: 'data/tulip.db' }, help: { type: 'boolean', short: 'h' } });
    if (a.values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (a.positionals.length !== 1) throw new UsageError(a.positionals.length ? 'give one event ID' : 'missing event ID');
    id = a.positionals[0];
    db = String(a.values.db);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tulip show: ${e.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const store = openForReading(db, io, 'show');
  if (!store) return EXIT_BAD_INPUT;
  try {
    const e = store.getEvent(id);
    if (!e) {
      io.stderr.write(`tulip show: no event with id "${safeText(id)}" in ${store.path}\n`);
      return EXIT_BAD_INPUT;
    }
    const article = e.article?.id ? store.getArticle(e.article.id) : null;
    io.stdout.write(renderEvent(e, article ? article.text : null, isTTY(io.stdout)));
    return EXIT_OK;
  } finally {
    store.close();
  }
}
