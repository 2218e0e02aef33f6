/** `tulip extract FILE...`: code articles and print their events; nothing is stored. */
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type IO } from './io.js';
import { dateOpt, numberOpt, parse } from './args.js';
import { readArticles } from '../read/index.js';
import { codeArticle } from '../pipeline.js';
import { loadActorFile } from '../recognise/actors/index.js';
import { csvRow, flatten, FLAT_COLUMNS, toPlover } from '../export/index.js';

export const HELP = `Usage: tulip extract FILE... [options]

Codes articles and prints their events to stdout (one JSON record a line by default).
Nothing is stored. FILE may be .txt (one article), .html (the article is taken from the page
with Readability; title and date from its metadata) or .jsonl (one article a line:
{"id", "text", "title"?, "published"?, "source"?, "url"?}); folders are read recursively.

Options:
  --published YYYY-MM-DD  publication date of .txt/.html articles (relative dates such as
                          "on Sunday" are resolved against it; a date in the file name is
                          used when this is absent)
  --source NAME           source of .txt/.html articles
  --url URL               address of the article
  --title TEXT            title of the article
  --format F              jsonl (default), json, csv or plover
  --keep-unreal           also emit negated, hypothetical and future events and questions
                          (their "reality" field says which)
  --min-confidence X      drop events below confidence X (0-1)
  --actors FILE           extra actor dictionary (JSONL; see README)

Exit code: 0 when all input was read, 1 when some input was bad (named on stderr; the rest was
coded), 2 on a usage error.

Example:
  tulip extract samples/kyrgyzstan-2005-03-21.txt --published 2005-03-21 --format csv
`;

export async function run(argv: string[], io: IO): Promise<number> {
  let a;
  let fmt: string;
  let minConfidence: number | undefined;
  try {
    a = parse(argv, {
      published: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      'keep-unreal': { type: 'boolean', default: false },
      'min-confidence': { type: 'string' },
      actors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (a.values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    dateOpt('published', a.values.published);
    minConfidence = numberOpt('min-confidence', a.values['min-confidence'], 0, 1);
    fmt = String(a.values.format);
    if (!['jsonl', 'json', 'csv', 'plover'].includes(fmt)) throw new UsageError(`--format must be jsonl, json, csv or plover, got "${fmt}"`);
    if (a.positionals.length === 0) throw new UsageError('no input files');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tulip extract: ${e.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    throw e;
  }
  let bad = 0;
  if (a.values.actors) {
    const r = loadActorFile(String(a.values.actors));
    for (const e of r.errors) io.stderr.write(`tulip extract: ${e}\n`);
    if (r.errors.length) bad++;
  }
  const v = a.values as Record<string, string | undefined>;
  const meta = { published: v.published, source: v.source, url: v.url, title: v.title };
  const out = io.stdout;
  let first = true;
  if (fmt === 'csv') out.write(csvRow(FLAT_COLUMNS));
  if (fmt === 'json') out.write('[');
  for await (const item of readArticles(a.positionals, { meta }, io.cwd)) {
    if (item.kind === 'error') {
      io.stderr.write(`tulip extract: ${item.error}\n`);
      bad++;
      continue;
    }
    let events;
    try {
      events = codeArticle(item.article, { keepUnreal: !!a.values['keep-unreal'], minConfidence });
    } catch (e) {
      io.stderr.write(`tulip extract: ${item.where}: coding failed (${(e as Error).message})\n`);
      bad++;
      continue;
    }
    let buf = '';
    for (const ev of events) {
      if (fmt === 'jsonl') buf += JSON.stringify(ev) + '\n';
      else if (fmt === 'plover') buf += JSON.stringify(toPlover(ev)) + '\n';
      else if (fmt === 'json') {
        buf += (first ? '\n' : ',\n') + JSON.stringify(ev);
        first = false;
      } else {
        const flat = flatten(ev);
        buf += csvRow(FLAT_COLUMNS.map((c) => flat[c]));
      }
    }
    if (buf && !out.write(buf)) await new Promise((r) => out.once('drain', r));
  }
  if (fmt === 'json') out.write(first ? ']\n' : '\n]\n');
  return bad ? EXIT_BAD_INPUT : EXIT_OK;
}
