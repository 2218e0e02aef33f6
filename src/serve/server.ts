/**
 * The explorer's HTTP server: a read API over the store (events, stats, articles, map points),
 * authenticated ingestion of posted articles, and the built dashboard as static files.
 *
 * Every route has a JSON schema; a bad parameter gets a 400 whose `field` names it. Every
 * response carries the security headers; errors never carry stack traces.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyError } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Readable } from 'node:stream';
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Article, EventRecord } from '../types.js';
import { Store, StoreError, ACLED_TYPES, SORTS, BUCKETS, type EventFilter, type Sort, type BucketChoice } from '../store/index.js';
import { formatEvents } from '../export/index.js';
import { textId, normaliseDate, DEFAULT_MAX_CHARS } from '../read/index.js';
import { eventSpans } from './spans.js';

export interface ServerOptions {
  dbPath: string;
  /** bearer token that allows POST /api/articles; without one, writes are refused (403) */
  token?: string;
  /** codes a posted article into events (the pipeline); without it, POST answers 503 */
  code?: (a: Article) => EventRecord[];
  /** folder of the built dashboard; default <package>/dist-web */
  webRoot?: string;
  /** Fastify logging (default off) */
  logger?: boolean;
  /** reuse stats and map answers while the database is unchanged (default true) */
  cache?: boolean;
  /** largest accepted request body in bytes (default 5 MiB) */
  bodyLimit?: number;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', file: null },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', file: 'tulip-events.jsonl' },
  csv: { type: 'text/csv; charset=utf-8', file: 'tulip-events.csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', file: 'tulip-events.geojson' },
  plover: { type: 'application/x-ndjson; charset=utf-8', file: 'tulip-events-plover.jsonl' },
  acled: { type: 'text/csv; charset=utf-8', file: 'tulip-events-acled.csv' },
} as const;
type Format = keyof typeof FORMATS;

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const NUM = '-?\\d+(\\.\\d+)?';

const filterProps = {
  type: { type: 'string', pattern: '^[A-Za-z]+( *, *[A-Za-z]+)*$', maxLength: 400 },
  country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
  from: { type: 'string', pattern: DATE },
  to: { type: 'string', pattern: DATE },
  actor: { type: 'string', maxLength: 200 },
  q: { type: 'string', maxLength: 500 },
  bbox: { type: 'string', pattern: `^${NUM}(,${NUM}){3}$` },
  min_confidence: { type: 'number', minimum: 0, maximum: 1 },
  /** one ACLED event type, or 'none' for events without ACLED coding */
  acled_type: { type: 'string', enum: [...ACLED_TYPES, 'none'] },
} as const;

const listSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProps,
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
    cursor: { type: 'string', maxLength: 1000 },
    format: { type: 'string', enum: Object.keys(FORMATS) },
    /** page order; '-' = descending (default -date, newest first) */
    sort: { type: 'string', enum: [...SORTS] },
  },
} as const;

/** `bucket`: the timeline's unit (byDay, byDayType); auto (default) keeps it within AUTO_MAX_BUCKETS buckets */
const statsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...filterProps, bucket: { type: 'string', enum: ['auto', ...BUCKETS] } },
} as const;

const mapSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...filterProps, limit: { type: 'integer', minimum: 1, maximum: 10000 } },
} as const;

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
} as const;

/** [lon, lat, type, quad class, id, place, date] */
type MapPoint = [number, number, string, number, string, string | null, string | null];

type FilterQuery = {
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  actor?: string;
  q?: string;
  bbox?: string;
  min_confidence?: number;
  acled_type?: string;
  limit?: number;
  cursor?: string;
  format?: Format;
  sort?: Sort;
  bucket?: BucketChoice;
};

/** An error the client caused, with the name of the field at fault. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
  }
}

function validDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Query string (already schema-checked) → store filter, with the checks a schema cannot express. */
export function toFilter(q: FilterQuery): EventFilter {
  const f: EventFilter = {};
  if (q.type) {
    const types = q.type.split(',').map((t) => t.trim().toUpperCase());
    const bad = types.find((t) => !(PLOVER_TYPES as readonly string[]).includes(t));
    if (bad) throw new FieldError('type', `unknown PLOVER type "${bad}"; expected one of ${PLOVER_TYPES.join(', ')}`);
    f.type = [...new Set(types)];
  }
  if (q.country) f.country = q.country.toUpperCase();
  for (const k of ['from', 'to'] as const) {
    const v = q[k];
    if (v === undefined) continue;
    if (!validDate(v)) throw new FieldError(k, `${k} is not a calendar date (YYYY-MM-DD)`);
    f[k] = v;
  }
  if (f.from && f.to && f.from > f.to) throw new FieldError('from', 'from is after to');
  if (q.actor !== undefined && q.actor.trim() !== '') f.actor = q.actor;
  if (q.q !== undefined && q.q.trim() !== '') f.q = q.q;
  if (q.bbox) {
    const b = q.bbox.split(',').map(Number) as [number, number, number, number];
    const [minLon, minLat, maxLon, maxLat] = b;
    if ([minLon, maxLon].some((x) => x < -180 || x > 180)) throw new FieldError('bbox', 'bbox longitudes must be within -180..180');
    if ([minLat, maxLat].some((x) => x < -90 || x > 90)) throw new FieldError('bbox', 'bbox latitudes must be within -90..90');
    if (minLat > maxLat) throw new FieldError('bbox', 'bbox is minLon,minLat,maxLon,maxLat with minLat <= maxLat');
    f.bbox = b;
  }
  if (q.min_confidence !== undefined) f.minConfidence = q.min_confidence;
  if (q.acled_type) f.acledType = q.acled_type;
  if (q.limit !== undefined) f.limit = q.limit;
  if (q.cursor) f.cursor = q.cursor;
  if (q.sort && q.sort !== '-date') f.sort = q.sort;
  return f;
}

/** Store errors about filter values are the client's fault. */
function storeCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StoreError) {
      const field = /cursor/i.test(err.message) ? 'cursor' : /bbox/i.test(err.message) ? 'bbox' : /sort/i.test(err.message) ? 'sort' : 'query';
      throw new FieldError(field, err.message);
    }
    throw err;
  }
}

const MAX_ARTICLES_PER_POST = 1000;
/** points the dashboard's map asks for (web/src/main.ts MAP_LIMIT) */
const DASHBOARD_MAP_POINTS = 1000;

/**
 * The checks `tulip ingest` applies to one JSONL article, on a posted object: `text` a
 * non-empty string within the reader's size limit; `id` (string or number; by default derived
 * from the text as the reader does), `title`, `source`, `url` strings; `published` a date or
 * date-time. Other fields are ignored, as the reader ignores them. Wrong types are 400s.
 */
export function checkPostedArticle(v: unknown, where: string): Article {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new FieldError(where || 'body', 'an article must be a JSON object');
  const o = v as Record<string, unknown>;
  const at = (k: string) => (where ? `${where}.${k}` : k);
  if (typeof o.text !== 'string' || o.text.trim() === '') throw new FieldError(at('text'), 'text must be a non-empty string');
  if (o.text.length > DEFAULT_MAX_CHARS) throw new FieldError(at('text'), `text is longer than ${DEFAULT_MAX_CHARS} characters`);
  const opt = (k: string, max: number): string | null => {
    const x = o[k];
    if (x === undefined || x === null) return null;
    if (typeof x !== 'string') throw new FieldError(at(k), `${k} must be a string`);
    if (x.length > max) throw new FieldError(at(k), `${k} is longer than ${max} characters`);
    return x.trim() ? x : null;
  };
  const title = opt('title', 2000);
  const source = opt('source', 500);
  const url = opt('url', 4000);
  const rawPublished = opt('published', 64);
  const published = rawPublished === null ? null : normaliseDate(rawPublished);
  if (rawPublished !== null && published === null) throw new FieldError(at('published'), 'published must be a date (YYYY-MM-DD) or an ISO date-time');
  let id: string | null;
  if (typeof o.id === 'number' && Number.isFinite(o.id)) id = String(o.id);
  else id = opt('id', 300);
  if (id === null) id = textId(o.text);
  return { id, title, source, url, published, text: o.text };
}

function parsePostBody(body: unknown, contentType: string): Article[] {
  let items: unknown[];
  if (typeof body === 'string') {
    // JSON Lines
    items = [];
    const lines = body.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      try {
        items.push(JSON.parse(line));
      } catch {
        throw new FieldError(`line ${i + 1}`, `line ${i + 1} is not valid JSON`);
      }
    }
  } else if (Array.isArray(body)) items = body;
  else if (body && typeof body === 'object') items = [body];
  else throw new FieldError('body', `expected a JSON object, an array of them, or JSON Lines (got ${contentType || 'no content type'})`);
  if (items.length === 0) throw new FieldError('body', 'no articles in the body');
  if (items.length > MAX_ARTICLES_PER_POST) throw new FieldError('body', `at most ${MAX_ARTICLES_PER_POST} articles per request`);
  const single = !Array.isArray(body) && typeof body !== 'string';
  return items.map((v, i) => checkPostedArticle(v, single ? '' : `[${i}]`));
}

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

function defaultWebRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist-web');
}

/** The field a Fastify/Ajv validation error is about. */
function validationField(err: FastifyError): string {
  const v = err.validation?.[0];
  if (!v) return err.validationContext ?? 'request';
  const params = v.params as Record<string, unknown>;
  if (typeof params.additionalProperty === 'string') return params.additionalProperty;
  if (typeof params.missingProperty === 'string') return params.missingProperty;
  const p = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return p || err.validationContext || 'request';
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const token = opts.token && opts.token.length > 0 ? opts.token : undefined;
  const writable = token !== undefined;
  // a read-only server opens the database read-only, unless it does not exist yet
  const store = Store.open(opts.dbPath, { readonly: !writable && existsSync(opts.dbPath) });

  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
    return503OnClosing: true,
  });

  app.addHook('onClose', async () => store.close());
  const cache = new AnswerCache(store, opts.cache === false ? 0 : 200);
  const keyOf = (route: string, f: EventFilter) => `${route}:${JSON.stringify(f, Object.keys(f).sort())}`;

  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const field = validationField(err);
      const unknown = typeof err.validation[0]?.params?.additionalProperty === 'string';
      const message = unknown ? `unknown parameter "${field}"` : `${field}: ${err.validation[0]?.message ?? err.message}`;
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', field, message });
    }
    if (err instanceof FieldError) {
      return reply.code(err.statusCode).send({ statusCode: err.statusCode, error: 'Bad Request', field: err.field, message: err.message });
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      req.log.error(err);
      if (!opts.logger) process.stderr.write(`tulip serve: ${req.method} ${req.url}: ${err.stack ?? err.message}\n`);
      return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'internal error' });
    }
    // Fastify's own client errors (body too large, bad JSON, bad content type): message only
    return reply.code(status).send({ statusCode: status, error: err.code ?? 'Bad Request', field: 'body', message: err.message });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });

  // ---- read API ----

  app.get<{ Querystring: FilterQuery }>('/api/events', { schema: { querystring: listSchema } }, async (req, reply) => {
    const format: Format = req.query.format ?? 'json';
    const f = toFilter(req.query);
    if (format === 'json') return storeCall(() => store.query(f));
    // exports: every matching event (or the first `limit`), streamed page by page
    const limit = f.limit;
    delete f.limit;
    if (f.cursor) storeCall(() => store.query({ ...f, limit: 1 })); // reject a bad cursor before streaming
    const events = limitIter(store.iterate(f), limit);
    const spec = FORMATS[format];
    reply.header('content-type', spec.type);
    if (spec.file) reply.header('content-disposition', `attachment; filename="${spec.file}"`);
    return reply.send(Readable.from(formatEvents(events, format)));
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', { schema: { params: idParams } }, async (req, reply) => {
    const event = store.getEvent(req.params.id);
    if (!event) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no such event' });
    const article = event.article?.id ? store.getArticle(event.article.id) : null;
    return { event, spans: eventSpans(event, article?.text), article };
  });

  app.get<{ Querystring: FilterQuery }>('/api/stats', { schema: { querystring: statsSchema } }, async (req) => {
    const f = toFilter(req.query);
    const bucket = req.query.bucket ?? 'auto';
    return cache.get(keyOf(`stats:${bucket}`, f), () => storeCall(() => store.stats(f, { bucket })));
  });

  /** Compact points for the map: [lon, lat, type, quad, id, place, date], newest first. */
  app.get<{ Querystring: FilterQuery }>('/api/map', { schema: { querystring: mapSchema } }, async (req) => {
    const f = toFilter(req.query);
    return cache.get(keyOf('map', f), () => mapPoints(f));
  });

  function mapPoints(f: EventFilter): { points: MapPoint[]; truncated: boolean } {
    const limit = f.limit ?? DASHBOARD_MAP_POINTS;
    const points: MapPoint[] = [];
    let cursor: string | null = null;
    let truncated = false;
    // located events only: page along the date order until `limit` points are found
    for (;;) {
      const page = storeCall(() => store.query({ ...f, limit: Math.min(1000, limit), cursor }));
      for (const e of page.events) {
        const l = e.event_loc;
        if (l && typeof l.lat === 'number' && typeof l.lon === 'number') {
          if (points.length >= limit) {
            truncated = true;
            break;
          }
          points.push([l.lon, l.lat, e.event, e.quad_code, e.id, l.resolved_place ?? l.extracted_place, e.date]);
        }
      }
      cursor = page.next;
      if (truncated || !cursor) break;
    }
    return { points, truncated };
  }

  app.get<{ Params: { id: string } }>('/api/articles/:id', { schema: { params: idParams } }, async (req, reply) => {
    const article = store.getArticle(req.params.id);
    if (!article) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no such article' });
    return article;
  });

  // ---- write API ----

  const authorise = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!token) {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'writes are disabled: no token configured (set TULIP_TOKEN)' });
    }
    const h = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m || !sameToken(m[1], token)) {
      reply.header('www-authenticate', 'Bearer');
      return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'a valid Authorization: Bearer <token> header is required' });
    }
  };

  app.post('/api/articles', { onRequest: authorise }, async (req, reply) => {
    if (!opts.code) return reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'no coder configured on this server' });
    const articles = parsePostBody(req.body, String(req.headers['content-type'] ?? ''));
    const batch = articles.map((article) => ({ article, events: opts.code!(article) }));
    const counts = store.ingest(batch);
    cache.writes++;
    return reply.code(201).send({
      articles: counts.articles,
      replaced: counts.replaced,
      articleIds: articles.map((a) => a.id),
      events: batch.flatMap((b) => b.events),
    });
  });

  // the stats columns are loaded before the first visitor (a second or so at millions of
  // events), and the dashboard's first view (no filter), the most asked, is answered already
  app.addHook('onReady', async () => {
    try {
      store.warm();
    } catch {
      // an unreadable database shows up on the first request instead
    }
  });
  if (opts.cache !== false) {
    app.addHook('onReady', async () => {
      try {
        cache.get(keyOf('stats:auto', {}), () => store.stats({}, { bucket: 'auto' }));
        cache.get(keyOf('map', { limit: DASHBOARD_MAP_POINTS }), () => mapPoints({ limit: DASHBOARD_MAP_POINTS }));
      } catch {
        // an unreadable database shows up on the first request instead
      }
    });
  }

  // ---- the dashboard ----

  const webRoot = opts.webRoot ?? defaultWebRoot();
  if (existsSync(path.join(webRoot, 'index.html')) && statSync(webRoot).isDirectory()) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ['index.html'],
      wildcard: true,
      maxAge: 0,
      setHeaders(res, file) {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`The dashboard is not built (no ${webRoot}/index.html). Run: npm run build\nThe API is up: /api/events, /api/stats\n`),
    );
  }

  return app;
}

/**
 * Small LRU of computed answers (stats, map points) keyed by the normalised filter. An entry
 * is valid while the database is unchanged: SQLite's data_version moves when another
 * connection (a concurrent `tulip ingest`) commits, and our own writes bump `writes`.
 */
class AnswerCache {
  private readonly map = new Map<string, { version: string; value: unknown }>();
  writes = 0;
  constructor(
    private readonly store: Store,
    private readonly size = 200,
  ) {}

  private version(): string {
    let dv: unknown = '';
    try {
      dv = this.store.db.pragma('data_version', { simple: true });
    } catch {
      dv = Date.now(); // no way to tell: never reuse
    }
    return `${String(dv)}:${this.writes}`;
  }

  get<T>(key: string, compute: () => T): T {
    if (this.size === 0) return compute();
    const version = this.version();
    const hit = this.map.get(key);
    if (hit && hit.version === version) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit.value as T;
    }
    const value = compute();
    this.map.set(key, { version, value });
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
}

function* limitIter<T>(it: Iterable<T>, limit: number | undefined): Generator<T> {
  if (limit === undefined) {
    yield* it;
    return;
  }
  let n = 0;
  if (limit <= 0) return;
  for (const x of it) {
    yield x;
    if (++n >= limit) return;
  }
}
