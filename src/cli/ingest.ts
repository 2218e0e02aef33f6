/** `tulip ingest PATH...`: code articles and store them with their events (idempotent). */
import { resolve, dirname } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type IO } from './io.js';
import { dateOpt, numberOpt, parse } from './args.js';
import { listInputs, readFiles } from '../read/index.js';
import { codeArticle } from '../pipeline.js';
import { loadActorFile } from '../recognise/actors/index.js';
import { Store, type IngestItem } from '../store/index.js';

export const HELP = `Usage: tulip ingest PATH... [options]

Codes articles (.txt, .html, .jsonl files; folders are read recursively) and stores the
articles and their events in a SQLite database. Re-ingesting an article (same id, or the same
text when it has no id) replaces its events; nothing is duplicated. A bad file or line is
named on stderr (path:line: why) and skipped; everything else is stored.

Options:
  --db FILE               database file (default: data/tulip.db); created when missing
  --published YYYY-MM-DD  publication date of .txt/.html articles
  --source NAME           source of .txt/.html articles
  --keep-unreal           also store negated, hypothetical and future events
  --min-confidence X      drop events below confidence X (0-1)
  --actors FILE           extra actor dictionary (JSONL; see README)
  --batch N               articles per transaction (default 200)
  --quiet                 no progress line

Exit code: 0 when all input was stored, 1 when some input was bad, 2 on a usage error.

Example:
  tulip ingest samples/ --db data/tulip.db
`;

export async function run(argv: string[], io: IO): Promise<number> {
  let a;
  let minConfidence: number | undefined;
  let batchSize = 200;
  try {
    a = parse(argv, {
      db: { type: 'string', default: 'data/tulip.db' },
      published: { type: 'string' },
      source: { type: 'string' },
      'keep-unreal': { type: 'boolean', default: false },
      'min-confidence': { type: 'string' },
      actors: { type: 'string' },
      batch: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    });
    if (a.values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    dateOpt('published', a.values.published);
    minConfidence = numberOpt('min-confidence', a.values['min-confidence'], 0, 1);
    batchSize = numberOpt('batch', a.values.batch, 1, 100000) ?? 200;
    if (a.positionals.length === 0) throw new UsageError('no input paths');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tulip ingest: ${e.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const dbPath = resolve(io.cwd, String(a.values.db));
  let bad = 0;
  const err = (m: string) => {
    clearProgress();
    io.stderr.write(`tulip ingest: ${m}\n`);
    bad++;
  };
  if (a.values.actors) {
    const r = loadActorFile(String(a.values.actors));
    for (const e of r.errors) err(e);
  }
  let store: Store;
  try {
    store = Store.open(dbPath);
  } catch (e) {
    io.stderr.write(`tulip ingest: cannot open database ${dbPath} (${(e as Error).message})\n`);
    return EXIT_BAD_INPUT;
  }
  const started = Date.now();
  const { files, errors } = await listInputs(a.positionals, io.cwd);
  for (const e of errors) err(e);
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true && !a.values.quiet;
  let lastProgress = 0;
  let progressShown = false;
  let articles = 0;
  let events = 0;
  let replaced = 0;
  let filesDone = 0;
  let currentFile = '';
  function clearProgress() {
    if (progressShown && tty) io.stderr.write('\r\x1b[K');
    progressShown = false;
  }
  function progress(force = false) {
    if (a!.values.quiet) return;
    const now = Date.now();
    if (!force && now - lastProgress < (tty ? 250 : 5000)) return;
    lastProgress = now;
    const secs = Math.max(0.001, (now - started) / 1000);
    const line = `files ${filesDone}/${files.length}, articles ${articles}, events ${events}, ${(articles / secs).toFixed(1)} articles/s`;
    if (tty) {
      io.stderr.write(`\r\x1b[K${line}`);
      progressShown = true;
    } else if (now - started > 2000 || force) io.stderr.write(line + '\n');
  }
  let batch: IngestItem[] = [];
  const flush = () => {
    if (!batch.length) return;
    try {
      const r = store.ingest(batch);
      articles += r.articles;
      events += r.events;
      replaced += r.replaced;
    } catch (e) {
      // the batch rolled back; store what can be stored one article at a time
      for (const item of batch) {
        try {
          const r = store.ingest([item]);
          articles += r.articles;
          events += r.events;
          replaced += r.replaced;
        } catch (e2) {
          err(`article ${item.article.id}: not stored (${(e2 as Error).message})`);
        }
      }
      void e;
    }
    batch = [];
  };
  try {
    for await (const item of readFiles(files, { meta: { published: a.values.published as string | undefined, source: a.values.source as string | undefined } }, io.cwd)) {
      if (item.where.split(':')[0] !== currentFile) {
        if (currentFile) filesDone++;
        currentFile = item.where.split(':')[0];
      }
      if (item.kind === 'error') {
        err(item.error);
        continue;
      }
      try {
        const evs = codeArticle(item.article, { keepUnreal: !!a.values['keep-unreal'], minConfidence });
        batch.push({ article: item.article, events: evs });
      } catch (e) {
        err(`${item.where}: coding failed (${(e as Error).message})`);
      }
      if (batch.length >= batchSize) flush();
      progress();
    }
    flush();
    if (currentFile) filesDone++;
  } finally {
    store.close();
  }
  clearProgress();
  const secs = (Date.now() - started) / 1000;
  const c = Store.open(dbPath, { readonly: true });
  const counts = c.counts();
  c.close();
  io.stderr.write(
    `Ingested ${articles} article(s) (${replaced} replaced) with ${events} event(s) in ${secs.toFixed(1)} s` +
      (bad ? `; ${bad} bad input(s) skipped (named above)` : '') +
      `.\nDatabase ${dbPath} now holds ${counts.articles} article(s) and ${counts.events} event(s).\n` +
      `Query it: tulip events --db ${a.values.db} --format csv | head   or   tulip serve --db ${a.values.db}\n`,
  );
  void dirname;
  return bad ? EXIT_BAD_INPUT : EXIT_OK;
}
