/** `tulip events`: query the store and print events in one of the export formats. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type IO } from './io.js';
import { dateOpt, numberOpt, parse } from './args.js';
import { Store, StoreError, ACLED_TYPES, SORTS, type EventFilter, type Sort } from '../store/index.js';
import { formatEvents, FORMATS, isFormat, type ExportFormat } from '../export/index.js';
import type { EventRecord } from '../types.js';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const HELP = `Usage: tulip events [options]

Prints stored events, newest first unless --sort says otherwise, in the chosen format. Filters combine (all must hold).

Options:
  --db FILE               database file (default: data/tulip.db)
  --type T                PLOVER event type (PROTEST, ASSAULT, COERCE, ...); repeat the option
                          or separate with commas for several
  --country CC            ISO-3166 alpha-2 code of the event's country (KG, SD, ...)
  --from YYYY-MM-DD       events on or after this day
  --to YYYY-MM-DD         events on or before this day
  --actor TEXT            actor or recipient whose text, name or code contains TEXT
  --q WORDS               words in the event's sentence or the article's title (all of them)
  --bbox=W,S,E,N          events located inside this box (longitudes and latitudes;
                          write it with = when W is negative: --bbox=-20,-35,52,38)
  --min-confidence X      only events with confidence of at least X (0-1)
  --acled-type T          ACLED event type (Battles, Protests, Riots, "Violence against civilians",
                          "Explosions/Remote violence", "Strategic developments"), or none
                          for events without ACLED coding
  --sort=S                -date (newest first, the default), date, type, -fatalities (most
                          dead first) or fatalities (write it with = when it starts with -)
  --limit N               at most N events (default: all)
  --format F              jsonl (default), json, csv, geojson, plover or acled
                          (acled leaves out events ACLED would not record)

Exit code: 0 on success, 1 when the database is missing or unreadable, 2 on a usage error.

Examples:
  tulip events --type PROTEST --country KG --format csv > kyrgyzstan-protests.csv
  tulip events --from 2005-03-01 --to 2005-03-31 --actor police --limit 20
  tulip events --q "tear gas" --format geojson > tear-gas.geojson
  tulip events --type ASSAULT --sort=-fatalities --limit 10 --format csv
`;

export interface EventsOptions {
  db: string;
  filter: EventFilter;
  limit: number | null;
  format: ExportFormat;
}

/** Reads the command line into options; throws UsageError naming the bad option. */
export function parseEventsArgs(argv: string[]): EventsOptions | 'help' {
  const a = parse(
    argv,
    {
      db: { type: 'string', default: 'data/tulip.db' },
      type: { type: 'string', multiple: true },
      country: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      actor: { type: 'string' },
      q: { type: 'string' },
      bbox: { type: 'string' },
      'min-confidence': { type: 'string' },
      'acled-type': { type: 'string' },
      sort: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  const v = a.values as {
    db?: string;
    type?: string[];
    country?: string;
    from?: string;
    to?: string;
    actor?: string;
    q?: string;
    bbox?: string;
    'min-confidence'?: string;
    'acled-type'?: string;
    sort?: string;
    limit?: string;
    format?: string;
    help?: boolean;
  };
  if (v.help) return 'help';
  const filter: EventFilter = {};
  if (v.type) {
    const types = v.type.flatMap((t) => t.split(',')).map((t) => t.trim().toUpperCase()).filter(Boolean);
    for (const t of types) {
      if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type must be a PLOVER type (${PLOVER_TYPES.join(', ')}), got "${t}"`);
    }
    if (types.length) filter.type = [...new Set(types)];
  }
  if (v.country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(v.country)) throw new UsageError(`--country must be a two-letter ISO-3166 code, got "${v.country}"`);
    filter.country = v.country.toUpperCase();
  }
  filter.from = dateOpt('from', v.from);
  filter.to = dateOpt('to', v.to);
  if (filter.from && filter.to && filter.from > filter.to) throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  if (v.actor !== undefined) {
    if (v.actor.trim() === '') throw new UsageError('--actor must not be empty');
    filter.actor = v.actor;
  }
  if (v.q !== undefined) {
    if (!/[\p{L}\p{N}]/u.test(v.q)) throw new UsageError(`--q must contain at least one word, got "${v.q}"`);
    filter.q = v.q;
  }
  if (v.bbox !== undefined) {
    const parts = v.bbox.split(',').map((x) => x.trim());
    const nums = parts.map(Number);
    const ok =
      parts.length === 4 &&
      parts.every((x) => x !== '') &&
      nums.every(Number.isFinite) &&
      Math.abs(nums[0]) <= 180 &&
      Math.abs(nums[2]) <= 180 &&
      Math.abs(nums[1]) <= 90 &&
      Math.abs(nums[3]) <= 90 &&
      nums[1] <= nums[3];
    if (!ok) throw new UsageError(`--bbox must be W,S,E,N (longitudes -180..180, latitudes -90..90, S <= N), got "${v.bbox}"`);
    filter.bbox = nums as [number, number, number, number];
  }
  filter.minConfidence = numberOpt('min-confidence', v['min-confidence'], 0, 1);
  if (v['acled-type'] !== undefined) {
    const at = v['acled-type'];
    if (at !== 'none' && !(ACLED_TYPES as readonly string[]).includes(at)) {
      throw new UsageError(`--acled-type must be an ACLED event type (${ACLED_TYPES.join(', ')}) or none, got "${at}"`);
    }
    filter.acledType = at;
  }
  if (v.sort !== undefined) {
    if (!(SORTS as readonly string[]).includes(v.sort)) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}, got "${v.sort}"`);
    filter.sort = v.sort as Sort;
  }
  let limit: number | null = null;
  if (v.limit !== undefined) {
    const n = numberOpt('limit', v.limit, 1, Number.MAX_SAFE_INTEGER)!;
    if (!Number.isInteger(n)) throw new UsageError(`--limit must be a whole number, got "${v.limit}"`);
    limit = n;
  }
  const format = String(v.format);
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  for (const k of Object.keys(filter) as Array<keyof EventFilter>) if (filter[k] === undefined) delete filter[k];
  return { db: String(v.db), filter, limit, format };
}

function* take<T>(it: Iterable<T>, n: number | null): Generator<T> {
  if (n === null) return yield* it;
  if (n <= 0) return;
  let i = 0;
  for (const x of it) {
    yield x;
    if (++i >= n) return;
  }
}

/** Opens the database read-only, or explains on stderr why it cannot. */
export function openForReading(dbArg: string, io: IO, cmd: string): Store | null {
  const path = resolve(io.cwd, dbArg);
  if (!existsSync(path)) {
    io.stderr.write(`tulip ${cmd}: no database at ${path} (create one with: tulip ingest FILES --db ${dbArg})\n`);
    return null;
  }
  try {
    return Store.open(path, { readonly: true });
  } catch (e) {
    io.stderr.write(`tulip ${cmd}: cannot read ${path}: ${(e as Error).message}\n`);
    return null;
  }
}

export async function run(argv: string[], io: IO): Promise<number> {
  let opts: EventsOptions | 'help';
  try {
    opts = parseEventsArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tulip events: ${e.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    throw e;
  }
  if (opts === 'help') {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const store = openForReading(opts.db, io, 'events');
  if (!store) return EXIT_BAD_INPUT;
  const out = io.stdout;
  let broken = false;
  const onError = () => {
    broken = true; // e.g. the reader of a pipe went away
  };
  out.on('error', onError);
  try {
    // the acled format skips events without an ACLED type, so the limit applies after that
    let events: Iterable<EventRecord> = store.iterate(opts.filter);
    if (opts.format === 'acled') events = (function* (src) {
      for (const e of src) if (e.acled) yield e;
    })(events);
    for (const chunk of formatEvents(take(events, opts.limit), opts.format)) {
      if (broken) break;
      if (!out.write(chunk)) await new Promise<void>((r) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          r();
        };
        out.once('drain', done);
        out.once('close', done);
      });
    }
    return EXIT_OK;
  } catch (e) {
    if (e instanceof StoreError) {
      io.stderr.write(`tulip events: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if ((e as { code?: string }).code?.startsWith('SQLITE_')) {
      io.stderr.write(`tulip events: database error: ${(e as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  } finally {
    out.off('error', onError);
    store.close();
  }
}
