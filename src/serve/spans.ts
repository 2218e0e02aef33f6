/**
 * The provenance of one event as labelled spans of its article text, and the cutting of the
 * text into segments for highlighting. Pure code, shared by the API and the dashboard.
 */
import type { EventRecord } from '../types.js';

export type Role = 'subject' | 'actor' | 'trigger' | 'recipient' | 'object' | 'place' | 'date' | 'quantity' | 'attribution' | 'mention';

/** The question each role answers, in the order a reader asks them. */
export const ROLE_LABELS: Record<Role, string> = {
  subject: 'named as',
  actor: 'who',
  trigger: 'did what',
  recipient: 'to whom',
  object: 'done to what',
  place: 'where',
  date: 'when',
  quantity: 'how many',
  attribution: 'who says so',
  mention: 'also told',
};

export interface RoleSpan {
  role: Role;
  /** finer name for quantities (dead, injured, arrested, crowd) */
  detail: string | null;
  start: number;
  end: number;
  text: string;
}

export interface Segment {
  start: number;
  end: number;
  /** roles covering the segment, outermost first */
  roles: Role[];
}

function valid(start: number | null | undefined, end: number | null | undefined, length: number): boolean {
  return (
    typeof start === 'number' &&
    typeof end === 'number' &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= length
  );
}

/** Every span of the event that lies inside `text` (when given; the article's text). */
export function eventSpans(e: EventRecord, text?: string): RoleSpan[] {
  const length = text === undefined ? Number.MAX_SAFE_INTEGER : text.length;
  const out: RoleSpan[] = [];
  const add = (role: Role, detail: string | null, start: number | null | undefined, end: number | null | undefined, fallback: string | null) => {
    if (!valid(start, end, length)) return;
    const s = start as number;
    const t = end as number;
    out.push({ role, detail, start: s, end: t, text: text === undefined ? (fallback ?? '') : text.slice(s, t) });
  };
  if (e.actor) add('actor', null, e.actor.start, e.actor.end, e.actor.entity_text);
  // the phrase naming who acted, when it says more than the actor's name ("[several thousand people]")
  if (e.subject && !(e.actor && e.actor.start === e.subject.start && e.actor.end === e.subject.end)) add('subject', null, e.subject.start, e.subject.end, e.subject.text);
  if (e.trigger) add('trigger', null, e.trigger.start, e.trigger.end, e.trigger.text);
  if (e.recipient) add('recipient', null, e.recipient.start, e.recipient.end, e.recipient.entity_text);
  // the phrase the act was done to, when it says more than the recipient's name
  if (e.object && !(e.recipient && e.recipient.start === e.object.start && e.recipient.end === e.object.end)) add('object', null, e.object.start, e.object.end, e.object.text);
  if (e.event_loc) add('place', null, e.event_loc.start, e.event_loc.end, e.event_loc.extracted_place);
  add('date', null, e.date_start, e.date_end, e.date_text);
  if (e.size) {
    for (const k of ['dead', 'injured', 'arrested', 'crowd'] as const) {
      const q = e.size[k];
      if (q) add('quantity', k, q.start, q.end, q.text);
    }
  }
  if (e.attribution) add('attribution', null, e.attribution.start, e.attribution.end, e.attribution.text);
  // the same event told elsewhere in the article (merged into this record)
  for (const m of e.mentions ?? []) add('mention', null, m.start, m.end, m.text);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Cuts [0, length) at every span boundary; each piece lists the roles that cover it, longer
 * (outer) spans first, so a renderer can nest or pick the innermost colour.
 */
export function segment(length: number, spans: RoleSpan[], extraCuts: number[] = []): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const c of extraCuts) if (c > 0 && c < length) cuts.add(c);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= length && s.end > s.start) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    const roles: Role[] = [];
    for (const s of covering) if (!roles.includes(s.role)) roles.push(s.role);
    const last = out[out.length - 1];
    if (last && last.roles.join() === roles.join()) last.end = end;
    else out.push({ start, end, roles });
  }
  return out;
}
