/**
 * The view's state lives in the URL query string, so a view can be shared and reloaded.
 * Filter names are the API's, so the same string drives the map, the table and the exports.
 */
export interface Filters {
  type: string[];
  country: string;
  from: string;
  to: string;
  actor: string;
  q: string;
  min_confidence: string;
  /** an ACLED event type, 'none' (no ACLED coding) or '' (any) */
  acled_type: string;
}

/** the six ACLED event types (the API's `acled_type` values, with 'none') */
export const ACLED_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

/** the table's order (the API's `sort`); '-' = descending */
export const SORTS = ['-date', 'date', 'type', '-fatalities', 'fatalities'] as const;
export type Sort = (typeof SORTS)[number];

export interface ViewState extends Filters {
  /** colour points by PLOVER type or by quad class */
  colour: 'type' | 'quad';
  /** the table's order (default '-date', newest first) */
  sort: Sort;
  /** the event open in the event view */
  event: string;
}

export const FILTER_KEYS = ['type', 'country', 'from', 'to', 'actor', 'q', 'min_confidence', 'acled_type'] as const;

export function emptyState(): ViewState {
  return { type: [], country: '', from: '', to: '', actor: '', q: '', min_confidence: '', acled_type: '', colour: 'type', sort: '-date', event: '' };
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.type = (p.get('type') ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => /^[A-Z]+$/.test(t));
  s.country = (p.get('country') ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(s.country)) s.country = '';
  for (const k of ['from', 'to'] as const) {
    const v = p.get(k) ?? '';
    s[k] = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '';
  }
  s.actor = p.get('actor') ?? '';
  s.q = p.get('q') ?? '';
  const mc = Number(p.get('min_confidence'));
  s.min_confidence = p.get('min_confidence') && mc >= 0 && mc <= 1 ? String(mc) : '';
  const at = p.get('acled_type') ?? '';
  s.acled_type = at === 'none' || (ACLED_TYPES as readonly string[]).includes(at) ? at : '';
  s.colour = p.get('colour') === 'quad' ? 'quad' : 'type';
  const sort = p.get('sort') ?? '';
  s.sort = (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : '-date';
  s.event = p.get('event') ?? '';
  return s;
}

/** Query string of the API filters only (what /api/events and /api/stats both accept; the list's `sort` is apart). */
export function filterParams(f: Filters, omit: ReadonlyArray<keyof Filters> = []): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    if (omit.includes(k)) continue;
    const v = k === 'type' ? f.type.join(',') : f[k];
    if (v) p.set(k, v);
  }
  return p;
}

export function stateSearch(s: ViewState): string {
  const p = filterParams(s);
  if (s.colour !== 'type') p.set('colour', s.colour);
  if (s.sort !== '-date') p.set('sort', s.sort);
  if (s.event) p.set('event', s.event);
  const str = p.toString();
  return str ? `?${str}` : '';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: string | null,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const qs = params && params.toString() ? `?${params}` : '';
  const res = await fetch(`${path}${qs}`, { signal, headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const b = (body ?? {}) as { message?: string; field?: string };
    throw new ApiError(res.status, b.message ?? `HTTP ${res.status}`, b.field ?? null);
  }
  return body as T;
}
