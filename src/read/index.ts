/**
 * Article readers: .txt (one article), .html (Readability over linkedom), .jsonl (one article
 * a line, streamed). Bad input never throws: it comes out as an error item naming the file,
 * the line and the reason, and reading goes on.
 */
import { createReadStream, promises as fsp } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article, ArticleMeta } from '../types.js';
import { sha1Hex } from '../text/hash.js';

export type ReadItem =
  | { kind: 'article'; article: Article; where: string }
  | { kind: 'error'; error: string; where: string };

export interface ReadOptions {
  /** metadata given on the command line, applied to .txt/.html articles */
  meta?: Partial<ArticleMeta>;
  /** articles longer than this are refused (a news article is never megabytes long) */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;
export const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl', '.ndjson']);
const DATE_IN_NAME = /(?:^|[^\d])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/;

export function textId(text: string): string {
  return sha1Hex(text).slice(0, 16);
}

/** A YYYY-MM-DD date from an ISO date or date-time string, or null. */
export function normaliseDate(s: unknown): string | null {
  if (typeof s !== 'string' || !s.trim()) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (m) {
    const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`;
  }
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** Decode bytes as UTF-8, refusing binary data and invalid sequences with a reason. */
export function decodeText(buf: Buffer): { text: string } | { error: string } {
  const probe = buf.subarray(0, 8192);
  let ctrl = 0;
  for (const b of probe) {
    if (b === 0) return { error: 'binary file (contains NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  if (probe.length > 0 && ctrl / probe.length > 0.1) return { error: 'binary file (control characters)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    // find the first bad byte for the message
    let pos = 0;
    for (let step = 4096; pos < buf.length; pos += step) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, Math.min(buf.length, pos + step)), { stream: true });
      } catch {
        break;
      }
    }
    return { error: `invalid UTF-8 (near byte ${pos})` };
  }
}

/** Files under the given paths (folders recursed), in a stable order; unreadable paths named. */
export async function listInputs(paths: string[], cwd: string): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  async function walk(p: string, top: boolean): Promise<void> {
    let st;
    try {
      st = await fsp.stat(p);
    } catch (e) {
      errors.push(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await fsp.readdir(p)).sort();
      } catch (e) {
        errors.push(`${p}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        return;
      }
      for (const n of names) if (!n.startsWith('.')) await walk(join(p, n), false);
    } else if (EXTENSIONS.has(extname(p).toLowerCase())) files.push(p);
    else if (top) errors.push(`${p}: unsupported file type (expected .txt, .html or .jsonl)`);
  }
  for (const p of paths) await walk(resolve(cwd, p), true);
  return { files, errors };
}

/** A first line standing alone, short and without a full stop, is the headline. */
export function headline(text: string): string | null {
  const m = /^\s*([^\n]{3,160})\n\s*\n/.exec(text.slice(0, 400));
  if (!m) return null;
  const line = m[1].trim();
  return /[.!?:;,]$/.test(line) ? null : line;
}

function checkText(text: string, max: number): string | null {
  if (!text.trim()) return 'empty article text';
  if (text.length > max) return `article text too long (${text.length} characters; the limit is ${max})`;
  return null;
}

async function readWhole(file: string, display: string, opts: ReadOptions): Promise<ReadItem> {
  const max = opts.maxChars ?? DEFAULT_MAX_CHARS;
  let buf: Buffer;
  try {
    const st = await fsp.stat(file);
    if (st.size > max * 4 + 1024) return { kind: 'error', where: display, error: `${display}: file too large (${st.size} bytes; the limit is ${max} characters)` };
    buf = await fsp.readFile(file);
  } catch (e) {
    return { kind: 'error', where: display, error: `${display}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const dec = decodeText(buf);
  if ('error' in dec) return { kind: 'error', where: display, error: `${display}: ${dec.error}` };
  const meta = opts.meta ?? {};
  const nameDate = DATE_IN_NAME.exec(basename(file));
  let article: Article;
  if (/\.html?$/i.test(file)) {
    // (the HTML reader and its DOM are loaded only when a page is read: JSONL and text runs start faster)
    const { readHtml } = await import('./html.js');
    const h = readHtml(dec.text);
    if ('error' in h) return { kind: 'error', where: display, error: `${display}: ${h.error}` };
    article = {
      id: meta.id ?? textId(h.text),
      text: h.text,
      title: meta.title ?? h.title,
      source: meta.source ?? h.source,
      url: meta.url ?? h.url,
      published: normaliseDate(meta.published) ?? h.published ?? (nameDate ? `${nameDate[1]}-${nameDate[2]}-${nameDate[3]}` : null),
    };
  } else {
    const text = dec.text;
    article = {
      id: meta.id ?? textId(text),
      text,
      title: meta.title ?? headline(text),
      source: meta.source ?? null,
      url: meta.url ?? null,
      published: normaliseDate(meta.published) ?? (nameDate ? `${nameDate[1]}-${nameDate[2]}-${nameDate[3]}` : null),
    };
  }
  const bad = checkText(article.text, max);
  if (bad) return { kind: 'error', where: display, error: `${display}: ${bad}` };
  return { kind: 'article', article, where: display };
}

function str(o: Record<string, unknown>, k: string): string | null {
  const v = o[k];
  return typeof v === 'string' && v.trim() ? v : null;
}

async function* readJsonl(file: string, display: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const max = opts.maxChars ?? DEFAULT_MAX_CHARS;
  let stream;
  try {
    await fsp.access(file);
    stream = createReadStream(file, { encoding: 'latin1' });
  } catch (e) {
    yield { kind: 'error', where: display, error: `${display}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of rl) {
      line++;
      const where = `${display}:${line}`;
      if (!raw.trim()) continue;
      if (raw.length > max * 4 + 1024) {
        yield { kind: 'error', where, error: `${where}: line too long (${raw.length} bytes; the limit is ${max} characters)` };
        continue;
      }
      let text: string;
      try {
        text = decoder.decode(Buffer.from(raw, 'latin1'));
      } catch {
        yield { kind: 'error', where, error: `${where}: invalid UTF-8` };
        continue;
      }
      let obj: unknown;
      try {
        obj = JSON.parse(text);
      } catch (e) {
        yield { kind: 'error', where, error: `${where}: invalid JSON (${(e as Error).message.slice(0, 80)})` };
        continue;
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
        yield { kind: 'error', where, error: `${where}: expected a JSON object` };
        continue;
      }
      const o = obj as Record<string, unknown>;
      if (typeof o.text !== 'string') {
        yield { kind: 'error', where, error: `${where}: missing "text" field (a string)` };
        continue;
      }
      const bad = checkText(o.text, max);
      if (bad) {
        yield { kind: 'error', where, error: `${where}: ${bad}` };
        continue;
      }
      const id = typeof o.id === 'number' ? String(o.id) : str(o, 'id') ?? `${basename(file)}:${line}`;
      yield {
        kind: 'article',
        where,
        article: {
          id,
          text: o.text,
          title: str(o, 'title'),
          source: str(o, 'source') ?? opts.meta?.source ?? null,
          url: str(o, 'url'),
          published: normaliseDate(o.published) ?? normaliseDate(opts.meta?.published) ?? null,
        },
      };
    }
  } catch (e) {
    yield { kind: 'error', where: display, error: `${display}: read failed at line ${line + 1} (${(e as Error).message})` };
  }
}

/** Read every article from the given files (already listed), in order. */
export async function* readFiles(files: string[], opts: ReadOptions = {}, cwd = process.cwd()): AsyncGenerator<ReadItem> {
  for (const f of files) {
    const display = f.startsWith(cwd + '/') ? f.slice(cwd.length + 1) : f;
    const ext = extname(f).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') yield* readJsonl(f, display, opts);
    else yield await readWhole(f, display, opts);
  }
}

/** List and read: the one call most commands need. */
export async function* readArticles(paths: string[], opts: ReadOptions = {}, cwd = process.cwd()): AsyncGenerator<ReadItem> {
  const { files, errors } = await listInputs(paths, cwd);
  for (const e of errors) yield { kind: 'error', where: e.split(':')[0], error: e };
  yield* readFiles(files, opts, cwd);
}
