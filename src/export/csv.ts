/**
 * CSV (RFC 4180): a header row, then one row per event with the nested record flattened.
 * Fields holding a comma, a double quote, CR or LF are quoted, inner quotes doubled; rows end
 * with CRLF as the RFC says.
 */
import type { EventRecord } from '../types.js';

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** The flat columns of the csv and geojson exports, in order. */
export const FLAT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'date_text',
  'date_basis',
  'event',
  'mode',
  'context',
  'quad_code',
  'cameo',
  'acled_event_type',
  'acled_sub_event_type',
  'subject',
  'actor_text',
  'actor_name',
  'actor_code',
  'actor_sector',
  'actor_cameo_code',
  'recipient_text',
  'recipient_name',
  'recipient_code',
  'recipient_sector',
  'recipient_cameo_code',
  'object',
  'place',
  'resolved_place',
  'province',
  'country',
  'country_code',
  'lat',
  'lon',
  'geonameid',
  'resolution',
  'dead',
  'injured',
  'arrested',
  'crowd',
  'attribution',
  'event_text',
  'reality',
  'confidence',
  'sentence',
  'article_id',
  'article_title',
  'source',
  'url',
  'published',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];

/** One event as a flat object (numbers stay numbers, absent values are null). */
export function flatten(e: EventRecord): Record<FlatColumn, string | number | null> {
  const a = e.actor;
  const r = e.recipient;
  const l = e.event_loc;
  return {
    id: e.id,
    date: e.date,
    date_precision: e.date_precision,
    date_text: e.date_text,
    date_basis: e.date_basis,
    event: e.event,
    mode: e.mode,
    context: e.context && e.context.length ? e.context.join(';') : null,
    quad_code: e.quad_code,
    cameo: e.cameo,
    acled_event_type: e.acled?.event_type ?? null,
    acled_sub_event_type: e.acled?.sub_event_type ?? null,
    subject: e.subject?.text ?? null,
    actor_text: a?.entity_text ?? null,
    actor_name: a?.entity_name ?? null,
    actor_code: a?.code ?? null,
    actor_sector: a?.sector ?? null,
    actor_cameo_code: a?.cameo_code ?? null,
    recipient_text: r?.entity_text ?? null,
    recipient_name: r?.entity_name ?? null,
    recipient_code: r?.code ?? null,
    recipient_sector: r?.sector ?? null,
    recipient_cameo_code: r?.cameo_code ?? null,
    object: e.object?.text ?? null,
    place: l?.extracted_place ?? null,
    resolved_place: l?.resolved_place ?? null,
    province: l?.province ?? null,
    country: l?.country ?? null,
    country_code: l?.country_code ?? null,
    lat: l?.lat ?? null,
    lon: l?.lon ?? null,
    geonameid: l?.geonameid ?? null,
    resolution: l?.resolution ?? null,
    dead: e.size?.dead?.value ?? null,
    injured: e.size?.injured?.value ?? null,
    arrested: e.size?.arrested?.value ?? null,
    crowd: e.size?.crowd?.value ?? null,
    attribution: e.attribution?.text ?? null,
    event_text: e.event_text,
    reality: e.reality,
    confidence: e.confidence,
    sentence: e.text_info?.sentence ?? null,
    article_id: e.article?.id ?? null,
    article_title: e.article?.title ?? null,
    source: e.article?.source ?? null,
    url: e.article?.url ?? null,
    published: e.article?.published ?? null,
  };
}

/** Groups small strings into chunks of about `size` characters. */
export function* chunked(parts: Iterable<string>, size = 65536): Generator<string> {
  let buf = '';
  for (const p of parts) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

export function* csv(events: Iterable<EventRecord>): Generator<string> {
  yield* chunked(
    (function* () {
      yield csvRow(FLAT_COLUMNS);
      for (const e of events) {
        const f = flatten(e);
        yield csvRow(FLAT_COLUMNS.map((c) => f[c]));
      }
    })(),
  );
}
