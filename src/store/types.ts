import type { Article, EventRecord } from '../types.js';
import type { Bucket } from './buckets.js';

/** Filters shared by the CLI, the HTTP API and the exports. All are optional and combine with AND. */
export interface EventFilter {
  /** PLOVER event types */
  type?: string[];
  /** ISO-3166 alpha-2 of event_loc.country_code */
  country?: string;
  /** YYYY-MM-DD inclusive, on the event date */
  from?: string;
  to?: string;
  /** substring of actor/recipient entity_text/entity_name/code (case-insensitive) */
  actor?: string;
  /** full-text words (FTS5 over the sentence and the article title) */
  q?: string;
  /** minLon, minLat, maxLon, maxLat */
  bbox?: [number, number, number, number];
  minConfidence?: number;
  /** ACLED event type (e.g. 'Protests'), or 'none' for events without ACLED coding */
  acledType?: string;
  articleId?: string;
  /** default 100 */
  limit?: number;
  /** opaque keyset cursor (made for the same sort) */
  cursor?: string | null;
  /** page order (default '-date', newest first); a leading '-' means descending */
  sort?: Sort;
}

/**
 * Orders of a list, each made total by the event id: 'date' (d asc, id desc), '-date' (d desc,
 * id asc), 'type' (type asc, d desc, id asc), 'fatalities' (dead asc, d asc, id desc),
 * '-fatalities' (dead desc, d desc, id asc). Each is an index order read forwards or backwards.
 */
export const SORTS = ['-date', 'date', 'type', '-fatalities', 'fatalities'] as const;
export type Sort = (typeof SORTS)[number];

/** the six ACLED event types */
export const ACLED_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

export interface Page {
  events: EventRecord[];
  next: string | null;
}

export interface Stats {
  total: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  /** the unit of byDay and byDayType: each `date` there is the first day of a day, week (Monday), month or year */
  bucket: Bucket;
  /** per bucket (dated events only), by date */
  byDay: Array<{ date: string; count: number }>;
  /** per bucket and PLOVER type (dated events only), by date then type */
  byDayType: Array<{ date: string; type: string; count: number }>;
  /** per ACLED event type; 'none' for events without ACLED coding */
  byAcledType: Record<string, number>;
  dead: number;
}

export interface IngestItem {
  article: Article;
  events: EventRecord[];
}
