/** HTML pages: the article text via @mozilla/readability over linkedom, metadata from the page. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseDate } from './index.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'BR', 'TABLE', 'UL', 'OL']);

/** Text of a DOM subtree with paragraph breaks between block elements. */
function blockText(node: any): string {
  const parts: string[] = [];
  const walk = (n: any) => {
    if (n.nodeType === 3) {
      parts.push(String(n.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = String(n.tagName ?? '').toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (const c of n.childNodes ?? []) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(node);
  return parts
    .join('')
    .split(/\n\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

function meta(document: any, names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"]`) ?? document.querySelector(`meta[name="${n}"]`) ?? document.querySelector(`meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

export function readHtml(html: string): HtmlArticle | { error: string } {
  let document: any;
  try {
    ({ document } = parseHTML(html));
  } catch (e) {
    return { error: `cannot parse HTML (${(e as Error).message})` };
  }
  const published =
    normaliseDate(meta(document, ['article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'og:published_time'])) ??
    normaliseDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const source = meta(document, ['og:site_name', 'application-name', 'publisher']);
  const url = meta(document, ['og:url']) ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  let parsed: { title?: string | null; content?: string | null } | null = null;
  try {
    parsed = new Readability(document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed || !parsed.content) return { error: 'no article text found in the HTML page' };
  const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const text = blockText(inner.body);
  if (text.length < 80) return { error: 'no article text found in the HTML page' };
  const title = (parsed.title && parsed.title.trim()) || meta(document, ['og:title']) || null;
  return { text, title, source, url, published };
}
