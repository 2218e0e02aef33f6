/**
 * The event view: the article's text with the event's spans highlighted and labelled by role,
 * the other events of the article, and the record as JSON. Text goes in through text nodes
 * only (el() and textContent); nothing here parses HTML.
 */
import type { Article, EventRecord } from '../../src/types.js';
import { ROLE_LABELS, segment, type RoleSpan, type Role } from '../../src/serve/spans.js';
import { el, clear, safeUrl } from './dom.js';
import { typeColor } from './colors.js';

export interface EventDetail {
  event: EventRecord;
  spans: RoleSpan[];
  article: (Article & { events: EventRecord[] }) | null;
}

const ROLE_ORDER: Role[] = ['subject', 'actor', 'trigger', 'recipient', 'object', 'place', 'date', 'quantity', 'attribution', 'mention'];

export function renderEvent(host: HTMLElement, d: EventDetail, onOpen: (id: string) => void): void {
  clear(host);
  const e = d.event;
  const badge = el('span', { class: 'type-badge' }, e.event);
  badge.style.setProperty('--c', typeColor(e.event));

  const title = d.article?.title ?? e.article?.title ?? null;
  const url = safeUrl(d.article?.url ?? e.article?.url);
  const source = d.article?.source ?? e.article?.source ?? null;
  const published = d.article?.published ?? e.article?.published ?? null;

  host.appendChild(
    el(
      'header',
      { class: 'ev-head' },
      el('h2', {}, badge, ' ', e.mode ? el('small', {}, e.mode) : null, ' ', el('span', { class: 'ev-date' }, e.date ?? 'undated')),
      e.reality !== 'asserted' ? el('p', { class: 'reality' }, `Reality: ${e.reality}`) : null,
    ),
  );

  // who did what to whom, where, when, how many, who says so
  const place = [e.event_loc?.resolved_place ?? e.event_loc?.extracted_place, e.event_loc?.province, e.event_loc?.country]
    .filter(Boolean)
    .join(', ');
  const sizes = (['dead', 'injured', 'arrested', 'crowd'] as const)
    .filter((k) => e.size?.[k])
    .map((k) => {
      const q = e.size[k]!;
      // ("8 dead (4 protesters, 4 law enforcement officers)")
      const parts = (q.parts ?? []).map((p) => `${p.approximate ? '~' : ''}${p.value}${p.who ? ` ${p.who.text}` : ''}`).join(', ');
      return `${q.approximate ? '~' : ''}${q.value} ${k}${parts ? ` (${parts})` : ''}`;
    })
    .join(', ');
  const rows: Array<[string, string]> = [
    ['Who', actorText(e.actor)],
    ['Named as', e.subject?.text ?? '—'],
    ['Did what', `${e.event}${e.mode ? ` (${e.mode})` : ''} — “${e.trigger?.text ?? ''}” · CAMEO ${e.cameo}${e.acled ? ` · ACLED ${e.acled.event_type} / ${e.acled.sub_event_type}` : ''}`],
    ['To whom', actorText(e.recipient)],
    ['Done to', e.object?.text ?? '—'],
    ['Where', place ? `${place}${e.event_loc?.resolution ? ` (${e.event_loc.resolution})` : ''}` : '—'],
    ['When', `${e.date ?? '—'}${e.date_precision ? ` (${e.date_precision}, from ${e.date_basis ?? '?'})` : ''}`],
    ['How many', sizes || '—'],
    ['Who says so', e.attribution?.text ?? '—'],
    ['Confidence', e.confidence.toFixed(2)],
  ];
  const dl = el('dl', { class: 'ev-facts' });
  for (const [k, v] of rows) dl.append(el('dt', {}, k), el('dd', {}, v));
  host.appendChild(dl);

  // legend of roles present
  const present = new Set(d.spans.map((s) => s.role));
  const legend = el('div', { class: 'roles-legend' });
  for (const r of ROLE_ORDER) {
    if (present.has(r)) legend.appendChild(el('span', { class: `hl role-${r}` }, ROLE_LABELS[r]));
  }
  host.appendChild(legend);

  // the article text (or the sentence alone when the article is not stored)
  const meta = el(
    'p',
    { class: 'ev-meta' },
    title ? el('strong', {}, title) : null,
    source ? ` · ${source}` : null,
    published ? ` · ${published}` : null,
    url ? ' · ' : null,
    url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null,
  );
  host.appendChild(meta);
  let text: string;
  let offset = 0;
  if (d.article) text = d.article.text;
  else {
    text = e.text_info?.sentence ?? '';
    offset = e.text_info?.start ?? 0;
  }
  const spans = d.spans
    .map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }))
    .filter((s) => s.start >= 0 && s.end <= text.length);
  const sentence = d.article && e.text_info ? [e.text_info.start, e.text_info.end] : [];
  const body = el('div', { class: 'article-text', 'data-testid': 'article-text' });
  const labelled = new Set<RoleSpan>();
  for (const seg of segment(text.length, spans, sentence)) {
    const piece = text.slice(seg.start, seg.end);
    const inSentence = sentence.length === 2 && seg.start >= sentence[0] && seg.end <= sentence[1];
    if (seg.roles.length === 0) {
      body.appendChild(inSentence ? el('span', { class: 'in-sentence' }, piece) : document.createTextNode(piece));
      continue;
    }
    const inner = seg.roles[seg.roles.length - 1];
    const starting = spans.find((s) => s.start === seg.start && s.role === inner && !labelled.has(s));
    if (starting) labelled.add(starting);
    const node = el(
      'mark',
      {
        class: `hl role-${inner}${inSentence ? ' in-sentence' : ''}`,
        'data-roles': seg.roles.join(' '),
        'data-label': starting ? (starting.detail ?? ROLE_LABELS[inner]) : null,
        title: seg.roles.map((r) => ROLE_LABELS[r]).join(' · '),
      },
      piece,
    );
    body.appendChild(node);
  }
  host.appendChild(body);

  // other events of the same article
  const others = d.article?.events ?? [];
  if (others.length > 1) {
    const list = el('ol', { class: 'ev-others' });
    for (const o of others) {
      const b = el(
        'button',
        { type: 'button', 'data-id': o.id, 'aria-current': o.id === e.id ? 'true' : null },
        el('span', { class: 'type-badge' }, o.event),
        ` ${o.trigger?.text ?? ''} · ${o.date ?? ''}`,
      );
      (b.firstChild as HTMLElement).style.setProperty('--c', typeColor(o.event));
      b.addEventListener('click', () => onOpen(o.id));
      list.appendChild(el('li', {}, b));
    }
    host.append(el('h3', {}, `All ${others.length} events of this article`), list);
  }

  const json = el('pre', { class: 'json' });
  json.textContent = JSON.stringify(e, null, 2);
  host.appendChild(el('details', { class: 'ev-json' }, el('summary', {}, 'Record (JSON)'), json));

  host.querySelector('.role-trigger')?.scrollIntoView({ block: 'center' });
}

function actorText(a: EventRecord['actor']): string {
  if (!a) return '—';
  const code = [a.code, a.sector].filter(Boolean).join(' ');
  return `${a.entity_name || a.entity_text}${a.entity_text && a.entity_text !== a.entity_name ? ` (“${a.entity_text}”)` : ''}${code ? ` · ${code}` : ''}`;
}
