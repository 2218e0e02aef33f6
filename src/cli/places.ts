/** `tulip places FILE...`: the geoparser on its own: every place mention, resolved. */
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, type IO } from './io.js';
import { parse } from './args.js';
import { readArticles } from '../read/index.js';
import { analyse } from '../text/analyse.js';
import { recognisePlaces, type ScoredPlaceMention } from '../recognise/places/index.js';
import type { Article } from '../types.js';

export const HELP = `Usage: tulip places FILE... [options]

Prints every place mention recognised in the articles, resolved on the GeoNames gazetteer,
one a line, events or not. FILE may be .txt, .html or .jsonl (as for tulip extract); folders
are read recursively.

Each mention: {article: {id}, text, start, end, kind, resolved_place, geonameid, lat, lon,
province, country, country_code, resolution, feature, confidence}. kind is city, admin1,
region (a second-level division), country or demonym ("Kyrgyz": a nationality, never an
event location by itself); resolution is city, admin1 or country; start/end are character
offsets into the article text; a mention that could not be resolved has null coordinates.

Options:
  --format F        jsonl (default) or geojson (a FeatureCollection of the resolved mentions)
  --no-demonyms     leave out nationality words
  --title TEXT      title of a .txt/.html article
  --published DATE  publication date of a .txt/.html article (YYYY-MM-DD)

Exit code: 0 when all input was read, 1 when some input was bad, 2 on a usage error.

Example:
  tulip places samples/kyrgyzstan-2005-03-21.txt --format geojson > places.geojson
`;

export interface PlaceLine {
  article: { id: string };
  text: string;
  start: number;
  end: number;
  kind: string;
  resolved_place: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  province: string | null;
  country: string | null;
  country_code: string | null;
  resolution: string | null;
  feature: string | null;
  confidence: number;
}

export function placeLine(article: Pick<Article, 'id' | 'text'>, m: ScoredPlaceMention): PlaceLine {
  const r = m.resolved;
  return {
    article: { id: article.id },
    // (the article's characters: lines in capitals are analysed in ordinary case)
    text: article.text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    kind: m.kind,
    resolved_place: r?.name ?? null,
    geonameid: r?.geonameid ?? null,
    lat: r?.lat ?? null,
    lon: r?.lon ?? null,
    province: r?.province ?? null,
    country: r?.country ?? null,
    country_code: r?.country_code ?? null,
    resolution: r?.resolution ?? null,
    feature: m.feature,
    confidence: m.confidence,
  };
}

export async function run(argv: string[], io: IO): Promise<number> {
  let a;
  let fmt: string;
  try {
    a = parse(argv, {
      format: { type: 'string', default: 'jsonl' },
      'no-demonyms': { type: 'boolean', default: false },
      title: { type: 'string' },
      published: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (a.values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    fmt = String(a.values.format);
    if (fmt !== 'jsonl' && fmt !== 'geojson') throw new UsageError(`--format must be jsonl or geojson, got "${fmt}"`);
    if (a.positionals.length === 0) throw new UsageError('no input files');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tulip places: ${e.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const v = a.values as Record<string, string | boolean | undefined>;
  const meta = {
    title: typeof v.title === 'string' ? v.title : undefined,
    published: typeof v.published === 'string' ? v.published : undefined,
  };
  const noDemonyms = !!v['no-demonyms'];
  const out = io.stdout;
  let bad = 0;
  let first = true;
  if (fmt === 'geojson') out.write('{"type":"FeatureCollection","features":[');
  for await (const item of readArticles(a.positionals, { meta }, io.cwd)) {
    if (item.kind === 'error') {
      io.stderr.write(`tulip places: ${item.error}\n`);
      bad++;
      continue;
    }
    let mentions: ScoredPlaceMention[];
    try {
      mentions = recognisePlaces(analyse(item.article));
    } catch (e) {
      io.stderr.write(`tulip places: ${item.where}: ${(e as Error).message}\n`);
      bad++;
      continue;
    }
    let buf = '';
    for (const m of mentions) {
      if (noDemonyms && m.kind === 'demonym') continue;
      const line = placeLine(item.article, m);
      if (fmt === 'jsonl') buf += JSON.stringify(line) + '\n';
      else if (line.lat !== null && line.lon !== null) {
        const { lat, lon, ...props } = line;
        const f = { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
        buf += (first ? '\n' : ',\n') + JSON.stringify(f);
        first = false;
      }
    }
    if (buf && !out.write(buf)) await new Promise((r) => out.once('drain', r));
  }
  if (fmt === 'geojson') out.write(first ? ']}\n' : '\n]}\n');
  return bad ? EXIT_BAD_INPUT : EXIT_OK;
}
