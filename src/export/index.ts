/**
 * Export formats. Each is a generator of text chunks so that a CLI or an HTTP response can
 * stream millions of events without holding them.
 */
import type { EventRecord } from '../types.js';
import { jsonl } from './jsonl.js';
import { json } from './json.js';
import { csv } from './csv.js';
import { geojson } from './geojson.js';
import { plover } from './plover.js';
import { acled } from './acled.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'geojson', 'plover', 'acled'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function isFormat(s: string): s is ExportFormat {
  return (FORMATS as readonly string[]).includes(s);
}

/** MIME type and a file extension for each format (for HTTP responses and downloads). */
export const FORMAT_INFO: Record<ExportFormat, { contentType: string; ext: string }> = {
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  json: { contentType: 'application/json; charset=utf-8', ext: 'json' },
  csv: { contentType: 'text/csv; charset=utf-8', ext: 'csv' },
  geojson: { contentType: 'application/geo+json; charset=utf-8', ext: 'geojson' },
  plover: { contentType: 'application/x-ndjson; charset=utf-8', ext: 'plover.jsonl' },
  acled: { contentType: 'text/csv; charset=utf-8', ext: 'acled.csv' },
};

export function* formatEvents(events: Iterable<EventRecord>, format: ExportFormat): Generator<string> {
  switch (format) {
    case 'jsonl':
      return yield* jsonl(events);
    case 'json':
      return yield* json(events);
    case 'csv':
      return yield* csv(events);
    case 'geojson':
      return yield* geojson(events);
    case 'plover':
      return yield* plover(events);
    case 'acled':
      return yield* acled(events);
    default:
      throw new Error(`unknown export format: ${String(format)}`);
  }
}

export { csvField, csvRow, flatten, FLAT_COLUMNS } from './csv.js';
export { toPlover } from './plover.js';
export { toAcledRow, ACLED_COLUMNS, interCode } from './acled.js';
