/**
 * The pipeline, in order — like chrono's configuration, one list of stages over one Doc:
 * text analysis → places → actors → events per sentence → article-level resolution.
 */
import { analyse, perSentence } from './text/analyse.js';
import { recogniseActors, type ActorMention } from './recognise/actors/index.js';
import { recognisePlaces } from './recognise/places/index.js';
import { codeSentence, type RawEvent } from './code/events.js';
import { resolveEvents } from './resolve/index.js';
import { datelineDate } from './recognise/times/index.js';
import { lookupCountry } from './recognise/places/countries.js';
import { lexicon as actorLexicon, paternalAt } from './recognise/actors/lexicon.js';
import type { Article, Doc, EventRecord } from './types.js';

export interface CodeOptions {
  /** emit negated, hypothetical, future events and questions too (marked in `reality`/`mode`) */
  keepUnreal?: boolean;
  /** drop events below this confidence */
  minConfidence?: number;
}

type Stage = (doc: Doc) => void;

/** Recognisers run before event coding; each adds its annotations to the Doc. */
export const recognisers: Array<[string, Stage]> = [['places', (doc) => void recognisePlaces(doc)]];

export function registerRecogniser(name: string, stage: Stage): void {
  recognisers.push([name, stage]);
}

export interface Coded {
  doc: Doc;
  raw: RawEvent[];
  events: EventRecord[];
}

/** Code one article, returning the analysis too (for explanations and tests). */
export function codeArticleFull(article: Article, opts: CodeOptions = {}): Coded {
  const doc = analyse(article);
  // (a wire story filed a day or two before the paper's date counts its "tonight" and weekdays from its dateline's day; the
  // records keep the paper's date as the article's)
  const filed = datelineDate(doc, article.published);
  if (filed) doc.article = { ...article, published: filed };
  for (const [, stage] of recognisers) stage(doc);
  let actors = recogniseActors(doc);
  // a place inside a person's or organisation's name ("President Carlos Salinas") is no place
  if (doc.places) {
    // (and in a body's name after "of": "the Department of Homeland Security")
    const names = actors.filter((m) => m.kind === 'person' || m.kind === 'org' || (m.kind === 'group' && m.text.includes(' of ') && /^[A-Z]/.test(m.text)));
    // (not a place the phrase says the actor is in: "a Federal Party spokesman in Jaffna")
    const inName = (p: { start: number; end: number; resolved?: { country_code: string | null } | null }, m: ActorMention) =>
      // (an organisation named just as the town is is the organisation: "the state news agency, Sana," is no Sanaa)
      p.start >= m.start && p.end <= m.end && (m.end - m.start > p.end - p.start || m.kind === 'org') && (m.kind !== 'group' || / of (?:the )?$/.test(doc.text.slice(m.start, p.start))) &&
      // (a title's place after "of" is the place of the office: "the Governor of Istanbul")
      // (of the story's country: a namesake abroad in a title is more likely a place the gazetteer lacks)
      !(m.kind === 'person' && /\s(?:of|OF)\s+(?:(?:the|THE)\s+)?$/.test(doc.text.slice(m.start, p.start)) && p.end === m.end && (!doc.mainCountry || p.resolved?.country_code === doc.mainCountry)) &&
      !/\s(?:in|at|near|outside)\s+$/.test(doc.text.slice(m.start, p.start));
    // a person's surname standing alone is that person, not a town of the name ("Morales supporters" after
    // "President Evo Morales"), unless it is told as a place ("in Morales")
    // (not the place a title is "of": "THE GOVERNOR OF ISTANBUL" names no Mr Istanbul)
    // (nor the place a person phrase puts someone in: "A Guard officer in Masaya" names no Mr Masaya)
    const surnames = new Set(actors.filter((m) => m.kind === 'person' && / /.test(m.text) && !/\s(?:of|in|at|near|from|outside)\s+\S+$/i.test(m.text)).map((m) => m.text.slice(m.text.lastIndexOf(' ') + 1)));
    // ("President Carlos Salinas de Gortari ... On Monday, Salinas replaced": the paternal surname before the particles, too)
    for (const m of actors) {
      if (m.kind !== 'person') continue;
      const words = m.text.split(' ');
      const k = paternalAt(words, actorLexicon().particles);
      if (k < words.length - 2) surnames.add(words[k]);
    }
    // ("supporters of Morales", "loyal to Morales" name the person)
    const toldAsPlace = (p: { start: number }) => /\b(?:in|at|near|from|outside|into)\s+$/i.test(doc.text.slice(Math.max(0, p.start - 12), p.start));
    // (a capital that stands for its government, addressed or acting, is no scene: "It then asked Canberra and Wellington for help")
    // (only one addressed: "Hamilton is still counting the cost", "said Canberra was prepared" name where the speakers are too)
    const addressed = (m: ActorMention) => {
      let k = m.first - 1;
      if (doc.tokens[k]?.lower === 'and') {
        k--;
        while (k > 0 && m.first - k <= 5 && doc.tokens[k].cap) k--;
      }
      const v = doc.tokens[k];
      return !!v && v.pos === 'VERB' && v.sent === doc.tokens[m.first].sent && (actorLexicon().addressees.has(v.lemma) || actorLexicon().addressees.has(v.lower));
    };
    const capitals = actors.filter((m) => m.kind === 'country' && m.sector === 'GOV' && !lookupCountry(m.text) && addressed(m));
    if (capitals.length) doc.places = doc.places.filter((p) => p.kind === 'demonym' || !capitals.some((m) => m.start === p.start && m.end === p.end));
    const before = doc.places.length;
    if (names.length) doc.places = doc.places.filter((p) => p.kind === 'demonym' || (!names.some((m) => inName(p, m)) && !(surnames.size > 0 && surnames.has(doc.text.slice(p.start, p.end)) && !toldAsPlace(p))));
    if (doc.places.length < before && doc.mainCountry && !doc.places.some((p) => p.resolved?.country_code === doc.mainCountry)) {
      // the article's country came only from those names ("Salinas", California): count again
      // (none left: no country at all, "General Lino Oviedo" of a story told nowhere else makes no Spanish story)
      const main = dominantCountry(doc.places);
      if (main !== doc.mainCountry) {
        doc.mainCountry = main;
        actors = recogniseActors(doc);
      }
    }
  }
  // actors bucketed by sentence once, so each sentence sees only its own
  const bySentence = perSentence<ActorMention>(doc);
  for (const m of actors) {
    const k = doc.tokens[m.first]?.sent;
    if (k !== undefined) bySentence[k].push(m);
  }
  const raw: RawEvent[] = [];
  for (const s of doc.sentences) {
    for (const e of codeSentence({ doc, actors: bySentence[s.index], published: doc.article.published }, s)) raw.push(e);
  }
  let events = resolveEvents(doc, raw, { keepUnreal: opts.keepUnreal });
  if (filed) {
    const meta = events[0] ? { ...events[0].article, published: article.published } : null;
    if (meta) for (const e of events) e.article = meta;
  }
  if (opts.minConfidence !== undefined) events = events.filter((e) => e.confidence >= opts.minConfidence!);
  if (doc.text !== article.text) for (const e of events) restoreArticleText(e, article.text);
  return { doc, raw, events };
}

/**
 * Every text of a record as the article writes it. Lines in capitals are analysed in ordinary case (Doc.text); the offsets
 * are the same, so each span's characters are read again from the article ("BERISHA", not "Berisha").
 */
export function restoreArticleText(e: EventRecord, text: string): void {
  const span = <T extends { start: number; end: number; text: string }>(x: T | null | undefined) => {
    if (x) x.text = text.slice(x.start, x.end);
  };
  for (const a of [e.actor, e.recipient]) {
    if (!a) continue;
    const was = a.entity_text;
    a.entity_text = text.slice(a.start, a.end);
    // (the name the text gave, not one from the actor file or an earlier mention)
    if (a.entity_name === was) a.entity_name = a.entity_text;
  }
  span(e.trigger);
  e.event_text = e.trigger.text;
  span(e.attribution);
  span(e.object);
  span(e.subject);
  for (const m of e.mentions ?? []) span(m);
  for (const q of Object.values(e.size)) {
    if (!q) continue;
    span(q);
    for (const p of q.parts ?? []) {
      span(p);
      span(p.who);
    }
  }
  const loc = e.event_loc;
  if (loc.extracted_place !== null && loc.start !== null && loc.end !== null) loc.extracted_place = text.slice(loc.start, loc.end);
  if (e.date_text !== null && e.date_start !== null && e.date_end !== null) e.date_text = text.slice(e.date_start, e.date_end);
  e.text_info.sentence = text.slice(e.text_info.start, e.text_info.end);
}

/** The country most place mentions lie in, if it holds at least 35% of them. */
function dominantCountry(places: NonNullable<Doc['places']>): string | null {
  const n = new Map<string, number>();
  let total = 0;
  for (const p of places) {
    const cc = p.resolved?.country_code;
    if (!cc) continue;
    n.set(cc, (n.get(cc) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let bv = 0;
  for (const [cc, v] of n) if (v > bv) [best, bv] = [cc, v];
  return best && bv / total >= 0.35 ? best : null;
}

export function codeArticle(article: Article, opts: CodeOptions = {}): EventRecord[] {
  return codeArticleFull(article, opts).events;
}
