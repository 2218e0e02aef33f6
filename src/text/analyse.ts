/**
 * Text analysis: one pass of wink-nlp over the article, turned into a Doc whose tokens and
 * sentences carry character offsets into the article text. Nothing downstream re-tokenises.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readFileSync } from 'node:fs';
import type { Article, Doc, Sentence, Token } from '../types.js';
import { PERSON_TITLE_ABBREVIATIONS, trueCase } from './truecase.js';

// only what Tulip reads: sentence boundaries and POS (lemmas come with POS). wink's default pipe
// also runs negation, sentiment and its own NER, which nothing here uses and which cost half its time
const nlp = winkNLP(model, ['sbd', 'pos']);
/** "a.m.", "p.m." and what may follow them inside a sentence: days, months, time zones */
const CLOCK = /^[ap]\.m\.$/i;
const CLOCK_GLUED = /^\d{0,4}[ap]m\.$/i;
const AFTER_CLOCK = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'ist', 'local', 'et', 'pt', 'ct']);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const its: any = nlp.its;

/** nouns wink-nlp tags as verbs after a subordinator ("when police shot") */
/** third-person verbs of forbidding that the tagger reads as plural nouns */
/** prepositions of place a participle describing people takes ("leaders meeting in", "students gathering outside") */
const PARTICIPLE_PLACE_PREPS = new Set(['in', 'at', 'outside', 'inside', 'near', 'around', 'across', 'along', 'on', 'through', 'throughout']);
const FORBIDS = new Set(['bans', 'outlaws', 'prohibits', 'forbids']);
/** modals that govern a bare verb after them */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** verbs of force and protest a headline tells in the present whose base form is also a noun or an adjective ("police fire on", "troops storm") */
// (not "battle", "clash" or "rally", which tell of anyone's contest: "as health experts battle with the federal government")
const PRESENT_VERBS = new Set(['fire', 'clear', 'storm', 'raid', 'attack', 'shell', 'block', 'march', 'stone', 'torch', 'loot', 'charge', 'round', 'surround', 'seize', 'occupy', 'open', 'arrest', 'stage', 'ban', 'release', 'set', 'use']);
/** marks that end a chronology's date before its entry ("March 3: Police ...", "3 March - Troops ...") */
const HEADING_MARKS = new Set([':', '-', '–', '—']);
/** reflexive pronouns, which only a verb takes as its object ("sets himself on fire") */
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);
/** pronouns that can only be a verb's object */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me']);
/** counts told by a plural noun ("arrest dozens") */
const VAGUE_COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'many']);
/** the first word of what is fired, before its head ("fire tear gas", "fire rubber bullets", "fire warning shots") */
const FIRED = new Set(['tear', 'rubber', 'plastic', 'live', 'warning', 'water', 'stun', 'mortar', 'artillery']);
/** the particles such a verb takes before its object ("fire on", "round up") */
const PRESENT_PARTICLES = new Set(['on', 'at', 'into', 'upon', 'with', 'up', 'through', 'against', 'in']);
// (the words that put a month's name after them: "in May", "since May", "last May", "mid-May")
const MONTH_OPENERS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'of', 'on', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'before', 'after', 'between', 'and', 'or']);
const NOUN_NOT_VERB = new Set(['police']);
/** acts told by an -ing noun a place's name may modify ("the Lekki shooting", "the Sharpeville killings") */
const NAMED_ACTS = /^(?:shooting|killing|bombing|stabbing|lynching|beating|kidnapping|hijacking|uprising|rioting|fighting|shelling|massacring)s?$/;
/** verbs of acts a chronology tells in the present, which the tagger may read as nouns after their subject ("crowds storm the building") */
const PRESENT_ACTS = new Set(['storm', 'march', 'use', 'seize', 'attack', 'gather', 'block', 'burn', 'clash', 'stone', 'fire', 'rally', 'occupy', 'loot', 'surround',
  'raid', 'arrest', 'detain', 'kill', 'shoot', 'beat', 'demand', 'protest', 'enter', 'reach', 'flee', 'torch', 'ransack', 'besiege', 'appeal', 'call', 'urge',
  'accuse', 'order', 'impose', 'declare', 'reject', 'announce', 'ban', 'release', 'free', 'deploy', 'send', 'withdraw', 'sign']);
/** words the tagger calls adjectives that also name a body of people ("the military", "the public") */
const ADJ_AS_NOUN = new Set(['military', 'public']);
/** ordinal words before a noun ("a second militant") */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'another', 'last']);
/** verbs of saying, whose -s form is never a plural subject */
const SAYING = new Set(['say', 'claim', 'warn', 'add', 'insist', 'state', 'allege', 'argue', 'note', 'report', 'tell', 'believe', 'think', 'fear', 'hope', 'expect', 'suggest', 'show', 'confirm', 'deny']);
/** words after which a clause opens on its subject ("where crowds stormed", "as protesters marched") */
const SUBJECT_OPENERS = new Set(['where', 'when', 'as', 'while', 'after', 'before', 'and', 'but', ',', 'until', 'because', 'since', 'whereas', 'though', 'although']);
/** subordinators alone (no "and", no comma): a clause opened by one starts on its subject */
const SUBORDINATORS_ONLY = new Set(['where', 'when', 'as', 'while', 'after', 'before', 'until', 'because', 'since', 'whereas', 'though', 'although']);
/** The verb's lemmas of forms the tagger read as another part of speech, each read once in a verb's place (at most 10,000 kept). */
const VERB_LEMMAS = new Map<string, string>();
function lemmaAsVerb(w: string, frame: string): string {
  let l = VERB_LEMMAS.get(w);
  if (l === undefined) {
    const lemmas = nlp.readDoc(`they ${frame} ${w} it`).tokens().out(its.lemma) as string[];
    l = (lemmas[2] || w).toLowerCase();
    if (VERB_LEMMAS.size < 10_000) VERB_LEMMAS.set(w, l);
  }
  return l;
}
/** The verb's lemma of an -ing form the tagger read as a noun ("meeting" -> "meet"). */
const gerundLemma = (w: string) => lemmaAsVerb(w, 'were');
/** The verb's lemma of a past form the tagger read as an adjective ("paralysed" -> "paralyse"). */
const pastLemma = (w: string) => lemmaAsVerb(w, 'have');

/** prepositions of time a gerund follows ("after meeting the delegation", "without firing a shot") */
const GERUND_PREPS = new Set(['after', 'before', 'since', 'upon', 'without', 'while', 'when']);
/** closing quotation marks */
const QUOTE_CLOSERS = new Set(['"', '”', "'", '’']);
/** verbs of seeing or hearing, whose object may be followed by what it was doing ("saw police beating people") */
const PERCEPTION = new Set(['saw', 'see', 'sees', 'seen', 'watched', 'watch', 'heard', 'filmed', 'photographed', 'witnessed']);
const VERB_GOVERNORS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', "'ll", 'not']);

/** irregular past forms and their verbs (data/lexicon/irregular.json), and those the same as their verb ("set", "hit", "burst") */
const PAST_LEMMAS = new Map<string, string>(
  Object.entries(JSON.parse(readFileSync(new URL('../../data/lexicon/irregular.json', import.meta.url), 'utf8')) as Record<string, unknown>)
    .filter((e): e is [string, string] => !e[0].startsWith('_') && typeof e[1] === 'string' && e[1] !== '-' && e[1] !== e[0]),
);
const PAST_FORMS = new Set<string>([...PAST_LEMMAS.keys(), 'set', 'hit', 'put', 'cut', 'shut', 'burst', 'spread', 'cast']);

/** forms wink-nlp lemmatises wrongly ("staged" -> "stag"), from data/lexicon/lemma-fixes.json */
const LEMMA_FIXES = new Map<string, string>(
  Object.entries(JSON.parse(readFileSync(new URL('../../data/lexicon/lemma-fixes.json', import.meta.url), 'utf8')) as Record<string, string>).filter(([k]) => !k.startsWith('_')),
);

/** wink-nlp is fast but not linear on pathological input; we feed it bounded chunks. */
const MAX_CHUNK = 100_000;

const UPPER = /^\p{Lu}/u;

/** Split the text into chunks at paragraph breaks (or hard limits) so wink-nlp sees bounded input. */
function chunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + MAX_CHUNK);
    if (end < text.length) {
      const para = text.lastIndexOf('\n', end);
      if (para > pos + MAX_CHUNK / 2) end = para + 1;
      else {
        const sp = text.lastIndexOf(' ', end);
        if (sp > pos + MAX_CHUNK / 2) end = sp + 1;
      }
    }
    out.push([pos, end]);
    pos = end;
  }
  return out;
}

/** titles written short with a full stop before a name (one list with truecase.ts) */
const TITLE_ABBREVIATIONS = PERSON_TITLE_ABBREVIATIONS;

/** Does this whitespace token end a paragraph (a blank line or a line break)? */
function isBreak(s: string): boolean {
  return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
}

export function analyse(article: Article): Doc {
  // (lines written in capitals are read in ordinary case, the same length: see truecase.ts; records show the article's own
  // characters again, restoreArticleText in the pipeline)
  const text = trueCase(article.text) ?? article.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [cs, ce] of chunks(text)) {
    const chunk = text.slice(cs, ce);
    const wd = nlp.readDoc(chunk);
    const tk = wd.tokens();
    const values = tk.out(its.value) as string[];
    const spaces = tk.out(its.precedingSpaces) as string[];
    const pos = tk.out(its.pos) as string[];
    const lemma = tk.out(its.lemma) as string[];
    const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
    // token index in wink -> our token index (-1 for whitespace tokens)
    const map = new Int32Array(values.length);
    let off = cs;
    let breakBefore = new Uint8Array(values.length + 1);
    const base = tokens.length;
    for (let i = 0; i < values.length; i++) {
      off += spaces[i].length;
      const v = values[i];
      // wink may drop characters it normalises; resynchronise on the text itself
      if (chunk.startsWith(v, off - cs) === false) {
        const found = chunk.indexOf(v, off - cs);
        if (found >= 0 && found < off - cs + 64) off = found + cs;
      }
      const start = off;
      const end = off + v.length;
      off = end;
      if (pos[i] === 'SPACE' || v.trim() === '') {
        map[i] = -1;
        if (isBreak(v) || isBreak(spaces[i])) breakBefore[i + 1] = 1;
        continue;
      }
      if (isBreak(spaces[i])) breakBefore[i] = 1;
      // ("the home of the Rev. Laszlo Tokes": a title written short keeps its full stop, which the tokeniser split off, before a name)
      const pt = tokens[tokens.length - 1];
      if (v === '.' && pt && pt.end === start && TITLE_ABBREVIATIONS.has(pt.lower) && pt.lower.length > 1 && /^\p{Lu}/u.test(values[i + 1] ?? '') && spaces[i + 1]?.length) {
        pt.text += '.';
        pt.end = end;
        map[i] = tokens.length - 1;
        continue;
      }
      map[i] = tokens.length;
      // ("is sworn in.", "he was brought in. Paul Mirgin said": the tokeniser keeps "in." whole, the inch's abbreviation; after a word,
      // not a figure, at the end of the text or before a capitalised word, it is "in" ending the sentence)
      const inch = v === 'in.' && !!tokens.length && !/\d/.test(tokens[tokens.length - 1].text) && (i + 1 >= values.length || /^(?:\s*$|\p{Lu})/u.test(values[i + 1] ?? ''));
      const lower = inch ? 'in' : v.toLowerCase();
      // ("since Friday, when police/VERB shot dead a student": a noun the tagger takes for a verb, unless "to" or a modal
      // governs it: "to police the border", "will police the streets")
      const prev = tokens.length ? tokens[tokens.length - 1].lower : '';
      const p = pos[i] === 'VERB' && NOUN_NOT_VERB.has(lower) && !VERB_GOVERNORS.has(prev) ? 'NOUN' : pos[i];
      tokens.push({
        text: v,
        lower,
        lemma: inch ? 'in' : LEMMA_FIXES.get(lower) ?? (lemma[i] || v).toLowerCase(),
        pos: inch ? 'ADP' : p,
        cap: UPPER.test(v),
        start,
        end,
        sent: 0,
      });
    }
    // "THE REV. PAUL A. LINDQUIST", "GEN. FIDEL RAMOS": in capitals wink ends a sentence at a title's full stop; a title
    // that has only its stop between it and the capitalised name after it ends nothing
    for (let j = 0; j + 1 < spans.length; j++) {
      const b = spans[j][1];
      let t = b - 1;
      while (t >= 0 && map[t] < 0) t--;
      if (t < 1 || values[b] !== '.' && values[t] !== '.') continue;
      const stop = values[b] === '.' ? b : t;
      let w = stop - 1;
      while (w >= 0 && map[w] < 0) w--;
      if (w < 0 || !TITLE_ABBREVIATIONS.has(values[w].toLowerCase())) continue;
      let n = spans[j + 1][0];
      while (n < values.length && map[n] < 0) n++;
      if (n >= values.length || breakBefore[n] || !/^\p{Lu}/u.test(values[n]) || (pos[n] !== 'PROPN' && pos[n] !== 'NOUN')) continue;
      spans[j] = [spans[j][0], spans[j + 1][1]];
      spans.splice(j + 1, 1);
      j--;
    }
    // ('Thousands of mourners chanting "Freedom!" buried protesters': a quoted cry's mark with the sentence going on in lower case
    // after its closing quote ends no sentence)
    // (both merges come before the retagging rules, which read the sentence starts)
    for (let j = 0; j + 1 < spans.length; j++) {
      let t = spans[j][1];
      while (t >= 0 && map[t] < 0) t--;
      if (t < 1 || !QUOTE_CLOSERS.has(values[t]) || !/^[!?]$/.test(values[t - 1] ?? '')) continue;
      let n = spans[j + 1][0];
      while (n < values.length && map[n] < 0) n++;
      // (or a comma going on: 'the crowd, chanting "Papandreou!" and "Constitution!", tried to push through police lines')
      if (n >= values.length || breakBefore[n] || !/^(?:\p{Ll}|[,;:])/u.test(values[n])) continue;
      spans[j] = [spans[j][0], spans[j + 1][1]];
      spans.splice(j + 1, 1);
      j--;
    }
    // (the tokens that open one of the tagger's sentences or follow a line break; sentence numbers are given only once the
    // sentences are settled, below, so the retagging rules ask these whether two tokens share a sentence)
    const sentenceStarts = new Set<number>();
    const openAt = (a: number) => {
      for (let i = a; i < values.length; i++) {
        if (map[i] >= 0) {
          sentenceStarts.add(map[i]);
          return;
        }
      }
    };
    for (const [a] of spans) openAt(a);
    for (let i = 0; i < values.length; i++) if (breakBefore[i]) openAt(i);
    const newSentence = (m: number) => m <= base || sentenceStarts.has(m);
    // (or a chronology's entry after its date: "March 3: Police ...")
    const startsAt = (m: number) => newSentence(m) || HEADING_MARKS.has(tokens[m - 1].text);
    // ("Mohamed Bouazizi sets/NOUN himself on fire": a third-person form the tagger takes for a plural noun, right before a
    // reflexive pronoun, is the verb; no article before it)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'NOUN' || t.cap || !/[^s]s$/.test(t.lower) || t.lemma === t.lower || !REFLEXIVE.has(tokens[j + 1].lower) || newSentence(j + 1)) continue;
      if (tokens[j - 1].pos !== 'DET' && tokens[j - 1].pos !== 'ADJ' && tokens[j - 1].pos !== 'NUM') t.pos = 'VERB';
    }
    // ("where crowds/VERB stormed police stations", "as protesters/VERB marched": a plural the tagger takes for a verb, right
    // before a past form and after no subject, is that verb's subject)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      // (not a verb of saying, which takes a clause: ", and says armed men attacked")
      // (or before a participle, after a subordinator: "when crowds/VERB leaving a rally marched on the radio")
      const ing = tokens[j + 1].pos === 'VERB' && tokens[j + 1].lower.endsWith('ing') && SUBORDINATORS_ONLY.has(pr.lower);
      // (or before "of", opening its clause: "where groups/VERB of young men set fire to banks")
      const of = tokens[j + 1].lower === 'of' && SUBORDINATORS_ONLY.has(pr.lower);
      // (irregular past forms too: "where crowds/VERB set/ADJ fire to a police post")
      const past = tokens[j + 1].lower.endsWith('ed') || PAST_FORMS.has(tokens[j + 1].lower);
      if (t.pos === 'VERB' && t.lower.endsWith('s') && t.lemma !== t.lower && !SAYING.has(t.lemma) && (ing || of || ((tokens[j + 1].pos === 'VERB' || tokens[j + 1].pos === 'ADJ') && past &&
        (SUBJECT_OPENERS.has(pr.lower) || pr.pos === 'DET' || pr.pos === 'ADJ' || pr.pos === 'NUM')))) {
        t.pos = 'NOUN';
        // (and the irregular past after it is the verb: "set/ADJ")
        const v = tokens[j + 1];
        if (v.pos === 'ADJ' && PAST_FORMS.has(v.lower)) {
          v.pos = 'VERB';
          v.lemma = PAST_LEMMAS.get(v.lower) ?? v.lower;
        }
      }
      // ("The government rejected calls/VERB for reform", "ignored demands/VERB to resign": a plural the tagger takes for a verb,
      // right after a verb's past form (and its particle: "brushed aside appeals"), is that verb's object; two finite verbs do not
      // follow each other)
      else if (t.pos === 'VERB' && t.lower.endsWith('s') && t.lemma !== t.lower && !SAYING.has(t.lemma) && !t.cap &&
        ((pr.pos === 'VERB' && pr.lower.endsWith('ed')) || (/^(?:aside|off|down|back|up|out)$/.test(pr.lower) && tokens[j - 2]?.pos === 'VERB' && tokens[j - 2].lower.endsWith('ed'))) &&
        tokens[j + 1].pos !== 'VERB' && tokens[j + 1].pos !== 'PRON') t.pos = 'NOUN';
    }
    // ("Reporters saw police beating/NOUN people", "witnesses watched soldiers dragging/NOUN men away": what someone seen was doing,
    // right after whom, before its own object)
    for (let j = base + 2; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || (pr.pos !== 'NOUN' && pr.pos !== 'PROPN') || !(nx.pos === 'NOUN' || nx.pos === 'DET' || nx.pos === 'PRON' || nx.pos === 'NUM' || nx.pos === 'ADJ')) continue;
      // (past the seen ones' words: "had witnessed security forces beating unarmed demonstrators")
      let q = j - 2;
      while (q > base && j - q <= 4 && (tokens[q].pos === 'DET' || tokens[q].pos === 'ADJ' || tokens[q].pos === 'NOUN')) q--;
      const seer = PERCEPTION.has(tokens[j - 2].lower) || (tokens[j - 2].pos === 'DET' && PERCEPTION.has(tokens[j - 3]?.lower ?? '')) || PERCEPTION.has(tokens[q]?.lower ?? '');
      if (seer) t.pos = 'VERB';
    }
    // ("moved against the crowd outside, beating/NOUN people with truncheons", ", building/NOUN barricades": an -ing word right after
    // a comma and before its object is a participle, done by the clause's subject)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const nx = tokens[j + 1];
      // (or after "and" joining it to such a participle: ", killing two guerrillas and arresting/NOUN five others")
      if (t.pos !== 'NOUN' || t.cap || !t.lower.endsWith('ing') || t.lower.length < 6 || (tokens[j - 1].text !== ',' && !(tokens[j - 1].lower === 'and' && joinedParticiple(tokens, j - 1, base)))) continue;
      // (not an item of a list: "shipping companies, trading firms and individuals")
      if (/^(?:and|or|,)$/.test(tokens[j + 2]?.lower ?? '')) continue;
      if (nx.pos === 'DET' || nx.pos === 'PRON' || nx.pos === 'NUM' || (nx.pos === 'NOUN' && (nx.lemma !== nx.lower || /^(?:people|men|women|children|police)$/.test(nx.lower)))) t.pos = 'VERB';
      // (or an adjective and its noun: ", meeting little resistance"; the tagger's lemma of the noun it read is the word itself)
      else if (nx.pos === 'ADJ' && !nx.cap && tokens[j + 2]?.pos === 'NOUN' && !tokens[j + 2].cap && !/^(?:and|or|,)$/.test(tokens[j + 3]?.lower ?? '')) {
        t.pos = 'VERB';
        if (t.lemma === t.lower) t.lemma = gerundLemma(t.lower);
      }
    }
    // ("Australia began flying/ADJ police and soldiers into Honiara": an -ing word right after a verb of beginning or going on, before its
    // object, is that verb's complement, a verb)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.cap || !t.lower.endsWith('ing') || t.lower.length < 6 || tokens[j - 1].pos !== 'VERB' || !ONGOING_VERBS.has(tokens[j - 1].lemma)) continue;
      const nx = tokens[j + 1];
      if (nx.pos !== 'NOUN' && nx.pos !== 'DET' && nx.pos !== 'NUM' && nx.pos !== 'PROPN' && nx.pos !== 'PRON') continue;
      t.pos = 'VERB';
      if (t.lemma === t.lower) t.lemma = gerundLemma(t.lower);
    }
    // ("had not commented on the Lekki shooting/VERB", "the Sharpeville killing": an -ing word after "the" and a name is the noun the
    // name modifies)
    for (let j = base + 2; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'VERB' || t.cap || !NAMED_ACTS.test(t.lower) || tokens[j - 1].pos !== 'PROPN' || !tokens[j - 1].cap) continue;
      let k = j - 1;
      while (k > base && j - k <= 3 && tokens[k].pos === 'PROPN' && tokens[k].cap) k--;
      if (tokens[k].lower === 'the' && k < j - 1) t.pos = 'NOUN';
    }
    // ("its long-threatened/VERB invasion", "a much-needed/VERB truce": a participle glued by a hyphen to a common word before it, after
    // an article or a possessive and before a noun, is a compound modifier of that noun; not after a name, "US-backed forces", which
    // the actor phrases read apart)
    // ("by the de/X facto/X government", "an ad hoc committee": a Latin phrase before a noun modifies it)
    // (one pass for both: neither reads what the other writes)
    for (let j = base; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const h = tokens[j - 1];
      if (j >= base + 2 && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && h.text === '-' && h.start === tokens[j - 2].end && t.start === h.end && !tokens[j - 2].cap && tokens[j - 2].pos !== 'PROPN' &&
        // (after an article or a possessive: not "Police baton-charged opposition workers")
        j - 3 >= base && (tokens[j - 3].pos === 'DET' || /^(?:its|his|her|their|our|my|your)$/.test(tokens[j - 3].lower)) &&
        (tokens[j + 1].pos === 'NOUN' || tokens[j + 1].pos === 'PROPN' || tokens[j + 1].pos === 'ADJ')) t.pos = 'ADJ';
      const b = tokens[j + 1].lower;
      if (j + 2 < tokens.length && ((t.lower === 'de' && b === 'facto') || (t.lower === 'ad' && b === 'hoc')) && (tokens[j + 2].pos === 'NOUN' || tokens[j + 2].pos === 'ADJ')) t.pos = tokens[j + 1].pos = 'ADJ';
    }
    // ("The military/ADJ seized power", "the public/ADJ rejected it": a word that is also a noun, after an article and before a
    // finite verb, is that verb's subject)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const nx = tokens[j + 1];
      if (t.pos === 'ADJ' && ADJ_AS_NOUN.has(t.lower) && tokens[j - 1].pos === 'DET' && (nx.pos === 'VERB' || nx.pos === 'AUX') && !nx.lower.endsWith('ing')) t.pos = 'NOUN';
    }
    // ("Security forces in Myanmar shot/NOUN dead dozens of people", "troops shot/NOUN and killed two men": "shot" after a noun and
    // before "dead" or "and" with a verb is the verb, told of that noun)
    for (let j = base + 1; j + 2 < tokens.length; j++) {
      const t = tokens[j];
      // ("Second militant/ADJ shot/NOUN dead near the shrine": a word the tagger reads as an adjective, opening the sentence or after
      // an article, a number or an ordinal, is the noun that "shot dead" is told of)
      const pr = tokens[j - 1];
      const adjNoun = pr.pos === 'ADJ' && tokens[j + 1].lower === 'dead' && !newSentence(j) &&
        (newSentence(j - 1) || tokens[j - 2].pos === 'DET' || tokens[j - 2].pos === 'NUM' || ORDINALS.has(tokens[j - 2].lower));
      if (t.pos !== 'NOUN' || t.lower !== 'shot' || !(pr.pos === 'NOUN' || pr.pos === 'PROPN' || adjNoun)) continue;
      const nx = tokens[j + 1];
      // (or a plural right before it and where or how after it: "young protesters shot in Managua", "men shot by police")
      const placed = pr.pos === 'NOUN' && pr.lemma !== pr.lower && /^(?:in|at|during|by|near|outside|while)$/.test(nx.lower);
      if (nx.lower === 'dead' || placed || (nx.lower === 'and' && tokens[j + 2].pos === 'VERB' && tokens[j + 2].lower.endsWith('ed'))) {
        t.pos = 'VERB';
        t.lemma = 'shoot';
        if (adjNoun) pr.pos = 'NOUN';
      }
    }
    // ("In Almaty, crowds storm/NOUN the city administration building", "police use/NOUN tear gas", "Tokayev appeals/NOUN to the CSTO":
    // a chronology's present tense, read as a noun right after its subject, a plural of people or a name, before what it acts on)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'NOUN' || t.cap || newSentence(j)) continue;
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      const plain = t.lemma === t.lower && PRESENT_ACTS.has(t.lower) && pr.pos === 'NOUN' && (pr.lemma !== pr.lower || pr.lower === 'police' || pr.lower === 'people') && !/(?:ss|us)$/.test(pr.lower);
      const third = t.lemma !== t.lower && t.lower.endsWith('s') && PRESENT_ACTS.has(t.lemma) && pr.pos === 'PROPN' && pr.cap && !newSentence(j - 1) && !/^(?:the|a|an)$/i.test(tokens[j - 2]?.lower ?? '');
      // (the subject no verb's or preposition's object, "foiled bandits attack on the community", but a count's: "hundreds of
      // protesters march"; and no head of a relative clause, "a chemical weapons attack that killed")
      const p2 = tokens[j - 2];
      const objectBefore = !!p2 && !newSentence(j - 1) && (p2.pos === 'VERB' || (p2.pos === 'ADJ' && p2.lower.endsWith('ed') && tokens[j - 3]?.pos === 'AUX') || (p2.pos === 'ADP' && !(p2.lower === 'of' && /^(?:hundreds|thousands|dozens|scores|tens|millions)$/.test(tokens[j - 3]?.lower ?? ''))));
      if ((plain || third) && !objectBefore && !/^(?:that|which|who)$/.test(nx.lower) && !newSentence(j + 1) && (nx.pos === 'DET' || nx.pos === 'PRON' || (nx.pos === 'ADP' && nx.lower !== 'of') || (nx.pos === 'NOUN' && nx.lower !== t.lower) || (nx.lower === 'tear' && tokens[j + 2]?.lower === 'gas'))) t.pos = 'VERB';
    }
    // ("in a radio address/VERB on Saturday", "a police raid/VERB on the camp": a verb's base form right after "a" and a noun, with no
    // object, is that noun's head; no finite verb agrees with a singular subject so)
    for (let j = base + 2; j < tokens.length; j++) {
      const t = tokens[j];
      // (not an irregular past told as its base form: "a crowd set upon a man")
      if (t.pos !== 'VERB' || t.cap || t.lemma !== t.lower || /(?:ing|ed)$/.test(t.lower) || PAST_FORMS.has(t.lower) || !/^(?:a|an)$/.test(tokens[j - 2].lower)) continue;
      const pr = tokens[j - 1];
      // (with no object after it: not "a mob set fire to", whose irregular past is its base form)
      const nx = tokens[j + 1];
      if (nx && !newSentence(j + 1) && !(nx.pos === 'ADP' || nx.pos === 'PUNCT' || nx.pos === 'CCONJ')) continue;
      if (pr.pos === 'NOUN' && !pr.cap && pr.lemma === pr.lower && !pr.lower.endsWith('s') && !newSentence(j) && !newSentence(j - 1)) t.pos = 'NOUN';
    }
    // ("A general strike paralysed/ADJ the capital", "The blast damaged/ADJ a mosque": a past form the tagger takes for an adjective,
    // between the noun phrase that opens its clause and a determiner or a name, is that clause's verb; no "the" follows an adjective)
    for (let j = base + 2; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'ADJ' || t.cap || !t.lower.endsWith('ed') || t.lower.length < 5 || !(/^(?:the|a|an|its|their|his|her)$/.test(tokens[j + 1].lower) || tokens[j + 1].pos === 'PROPN') || newSentence(j + 1)) continue;
      if (tokens[j - 1].pos !== 'NOUN' && tokens[j - 1].pos !== 'PROPN') continue;
      let k = j - 1;
      while (k > base && j - k <= 6 && !newSentence(k) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN' || tokens[k - 1].pos === 'ADJ' || tokens[k - 1].pos === 'DET' || tokens[k - 1].pos === 'NUM')) k--;
      // (the phrase opens the sentence, a clause or the text after a dateline: not "in the city paralysed", not "found the men injured
      // a day later")
      const opener = k === base || newSentence(k) || /^(?:and|but|that|,|;|:|-|--|—|–|where|when|as|while|after|before|because|since|although|though)$/.test(tokens[k - 1].lower);
      if (!opener || tokens[k].pos !== 'DET') continue;
      t.pos = 'VERB';
      t.lemma = pastLemma(t.lower);
    }
    // ("when state/VERB highway patrolmen opened fire", "when march/VERB organisers left": a verb's base form right after a
    // subordinator, before nouns that a finite verb follows, is a noun modifying that clause's subject; a clause opened by a
    // subordinator starts on its subject, and no bare verb comes first)
    for (let j = base + 1; j + 2 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'VERB' || t.cap || t.lemma !== t.lower || t.lower.endsWith('ing') || t.lower.endsWith('ed') || !SUBORDINATORS_ONLY.has(tokens[j - 1].lower)) continue;
      let k = j + 1;
      while (k < tokens.length && k - j <= 3 && tokens[k].pos === 'NOUN') k++;
      if (k > j + 1 && (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') && tokens[k].lemma !== tokens[k].lower) t.pos = 'NOUN';
    }
    // ("Three killed as police fire/NOUN on protesters", "as troops storm/NOUN the palace": a verb's base form the tagger takes for a noun
    // or an adjective, right after a subordinator and its plural or group subject, before the verb's object or its particle, is the
    // clause's verb in the present, as headlines tell it)
    // (and so in a chronology's present, where the subject opens the sentence or the entry after its date: "Police/PROPN charge/NOUN
    // the crowd", "March 3: Security forces arrest/NOUN dozens", "The troops open/ADJ fire on marchers"; a word opening the sentence
    // is tagged a name for its capital)
    // (and a second such verb joined to the first by "and": "Police fire tear gas and arrest/NOUN dozens")
    for (let j = base + 1, present = -1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || t.lemma !== t.lower || !PRESENT_VERBS.has(t.lower) || newSentence(j + 1)) continue;
      const subject = tokens[j - 1];
      let joined = present >= base && j - present <= 10 && subject.lower === 'and';
      for (let m = present + 1; joined && m <= j; m++) if (newSentence(m)) joined = false;
      if (!joined && (!pluralForm(subject) || !(subject.pos === 'NOUN' || (subject.pos === 'PROPN' && startsAt(j - 1))))) continue;
      let k = joined ? present : j - 2;
      while (k >= base && j - k <= 4 && !startsAt(k + 1) && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || (tokens[k].pos === 'PROPN' && startsAt(k)))) k--;
      const nx = tokens[j + 1];
      const n2 = j + 2 < tokens.length && !newSentence(j + 2) ? tokens[j + 2] : undefined;
      // (or before a bare noun and its head, "as troops storm rebel base"; not "as police fire spread", where "fire" is the noun,
      // but "Police fire tear gas", what is fired)
      // (whatever the tagger calls the first word of what is fired or used: "fire tear/VERB gas", "use live/VERB ammunition")
      const bare = (nx.pos === 'NOUN' && t.lower !== 'fire' && !nx.cap && n2?.pos === 'NOUN') || ((t.lower === 'fire' || t.lower === 'use') && FIRED.has(nx.lower));
      const object = bare || nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NUM' || (nx.pos === 'ADP' && PRESENT_PARTICLES.has(nx.lower));
      if (!joined && k >= base && SUBORDINATORS_ONLY.has(tokens[k].lower) && object) t.pos = 'VERB';
      // (an object pronoun or a vague count too, "charge them", "arrest dozens", and a verb's noun before its particle, "open fire on")
      else if ((joined || startsAt(k + 1) || (tokens[k].pos === 'DET' && startsAt(k))) && (object || OBJECT_PRONOUNS.has(nx.lower) || VAGUE_COUNTS.has(nx.lower) ||
        (nx.pos === 'NOUN' && !nx.cap && !!n2 && PRESENT_PARTICLES.has(n2.lower)))) t.pos = 'VERB';
      if (t.pos === 'VERB') present = j;
    }
    // ("The force will secure/ADJ the airport", "troops would free/ADJ the hostages": a word right after a modal, before an article or an
    // object pronoun, is the verb the modal governs)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      // ("the workers will down/ADP tools": the verb of a stoppage after a modal)
      if (t.lower === 'down' && pr.pos === 'AUX' && MODALS.has(pr.lower) && /^tools?$/.test(nx.lower) && !newSentence(j + 1)) {
        t.pos = 'VERB';
        continue;
      }
      if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.cap || pr.pos !== 'AUX' || !MODALS.has(pr.lower) || newSentence(j + 1)) continue;
      if (nx.pos === 'DET' || (nx.pos === 'PRON' && /^(?:them|him|her|us|it)$/.test(nx.lower))) {
        t.pos = 'VERB';
        t.lemma = t.lower;
      }
    }
    // ("troops had overrun/NOUN a rebel camp": a word after the auxiliary of the perfect, before its object, is the participle)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      if (t.pos !== 'NOUN' || t.cap || t.lower.endsWith('s') || t.lower.endsWith('ing') || pr.pos !== 'AUX' || !/^(?:had|has|have)$/.test(pr.lower) || newSentence(j)) continue;
      if (nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NUM' || (nx.pos === 'PRON' && nx.lower !== 'it')) t.pos = 'VERB';
    }
    // ("accepted the plan after meeting/NOUN a delegation", "before storming the building": an -ing word right after a
    // preposition of time and before its object is a gerund, done by the clause's subject)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const nx = tokens[j + 1];
      if (t.pos !== 'NOUN' || t.cap || !t.lower.endsWith('ing') || t.lower.length < 6 || !GERUND_PREPS.has(tokens[j - 1].lower)) continue;
      if (nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NUM' || (nx.pos === 'PRON' && nx.lower !== 'it')) {
        t.pos = 'VERB';
        t.lemma = gerundLemma(t.lower);
      }
    }
    // ("could not go home while fighting/VERB continued", "as shelling intensified": an -ing word right after a subordinator and
    // right before a finite verb is the clause's subject, a noun naming the act)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const nx = tokens[j + 1];
      if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !SUBORDINATORS_ONLY.has(tokens[j - 1].lower)) continue;
      if ((nx.pos === 'VERB' && (nx.lower.endsWith('ed') || (nx.lemma !== nx.lower && !nx.lower.endsWith('ing')))) || (nx.pos === 'AUX' && !/^(?:to|being)$/.test(nx.lower))) t.pos = 'NOUN';
    }
    // ("a protest over the fatal police shooting/VERB of a 19-year-old man": an -ing word after an article (and its modifiers),
    // before "of", is a noun naming the act)
    for (let j = base + 2; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || tokens[j + 1].lower !== 'of') continue;
      let k = j - 1;
      while (k > base && j - k <= 3 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k--;
      // (or right after the article: "the scrapping/VERB of the constitution")
      if (tokens[k].pos === 'DET' || tokens[k].lower.endsWith("'s") || tokens[k].lower === "'s") t.pos = 'NOUN';
    }
    // ("SWAPO disputes/NOUN the South African account", "Iran rejects/NOUN the claim": a third-person form the tagger takes for a
    // plural noun, right after a name opening the sentence and before an article, is the verb)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'NOUN' || t.cap || !t.lower.endsWith('s') || t.lemma === t.lower || !/^(?:the|a|an|its|their|his|her)$/.test(tokens[j + 1].lower)) continue;
      let k = j - 1;
      while (k >= base && tokens[k].pos === 'PROPN' && tokens[k].cap) k--;
      const opens = k < base || /^[.!?"“”-]$/.test(tokens[k].text);
      if (k < j - 1 && opens && j - k <= 4) t.pos = 'VERB';
    }
    // ("The decree bans/NOUN rallies", "the law outlaws/NOUN strikes": a verb of forbidding the tagger takes for a noun, between
    // its subject and its object)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      if (t.pos !== 'NOUN' || !FORBIDS.has(t.lower)) continue;
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      // (or after an aside: "Kocharyan's decree, announced on Saturday, bans rallies")
      if ((pr.pos === 'NOUN' || pr.pos === 'PROPN' || pr.text === ',') && (nx.pos === 'NOUN' || nx.pos === 'DET' || nx.pos === 'ADJ' || nx.pos === 'NUM')) t.pos = 'VERB';
    }
    // ("near Channel 4, which/DET rebels seized on Monday": "which" after a comma, before a noun and its finite verb, opens a
    // relative clause on what stands before the comma; it is no determiner of the noun)
    for (let j = base + 1; j + 2 < tokens.length; j++) {
      const t = tokens[j];
      if (t.lower !== 'which' || t.pos !== 'DET' || tokens[j - 1].text !== ',') continue;
      const n = tokens[j + 1];
      const v = tokens[j + 2];
      if ((n.pos === 'NOUN' || n.pos === 'PROPN') && ((v.pos === 'VERB' && v.lemma !== v.lower && !v.lower.endsWith('ing')) || (v.pos === 'AUX' && /^(?:has|have|had)$/.test(v.lower)))) t.pos = 'PRON';
    }
    // ("Theresa May met Angela Merkel", "Mrs May said", "Prime Minister May has rejected": a capitalised "May" right after a
    // capitalised name or title, not after a word that puts a month after it and not before a day's number or a verb's base
    // form ("Britain May Impose Sanctions" in a title-case headline), is a name, not the modal)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      if (t.text !== 'May' || !pr.cap || MONTH_OPENERS.has(pr.lower)) continue;
      if (nx.pos === 'NUM' || ((nx.pos === 'VERB' || nx.pos === 'AUX') && nx.lemma === nx.lower && !VERB_GOVERNORS.has(nx.lower))) continue;
      t.pos = 'PROPN';
    }
    // ("Ansar Dine/VERB took Kidal": a capitalised word inside a sentence, after a capitalised name and before a finite verb, is
    // the end of that name, not a verb of its own; two finite verbs do not follow each other)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      const nx = tokens[j + 1];
      if (t.pos !== 'VERB' || !t.cap || t.text === t.text.toUpperCase() || pr.pos !== 'PROPN' || !pr.cap || newSentence(j + 1)) continue;
      if (!((nx.pos === 'VERB' && nx.lemma !== nx.lower && !nx.lower.endsWith('ing')) || (nx.pos === 'AUX' && /^(?:has|have|had|was|were|is|are)$/.test(nx.lower)))) continue;
      // (not a title-case headline, where every word is capitalised: "Rebels Seize Town As Troops Flee")
      if (nx.cap) continue;
      t.pos = 'PROPN';
    }
    // ("East African leaders meeting/NOUN in Dar es Salaam called for calm": an -ing word the tagger takes for a noun of a
    // compound, after a plural and before a place's preposition, is a participle describing those people)
    for (let j = base + 1; j + 1 < tokens.length; j++) {
      const t = tokens[j];
      const pr = tokens[j - 1];
      // (a plural opening the sentence may be tagged a name: "Ministers/PROPN meeting in Brussels")
      const opens = j - 1 === base || /^[.!?"“”]$/.test(tokens[j - 2]?.text ?? '.');
      const plural = pr.pos === 'NOUN' ? pr.lemma !== pr.lower : pr.pos === 'PROPN' && opens && /^\p{Lu}\p{Ll}+s$/u.test(pr.text);
      if (t.pos !== 'NOUN' || t.cap || !t.lower.endsWith('ing') || !plural || !pr.lower.endsWith('s') || pr.lower.endsWith('ss')) continue;
      if (!PARTICIPLE_PLACE_PREPS.has(tokens[j + 1].lower) || /^an?$/.test(tokens[j - 2]?.lower ?? '')) continue;
      t.pos = 'VERB';
    }
    // "from 6 p.m. to 6 a.m. Police arrested five men": the period of "a.m." also ends the sentence when a
    // capitalised word that is no day, month or time zone follows (wink's splitter reads it as an abbreviation only)
    const clockEnd = (i: number) => {
      let p = i - 1;
      while (p >= 0 && map[p] < 0) p--;
      // (and "7.30am." / "10pm.", which the tokeniser keeps with their period: "were called about 7.30am. Inspector Paul Dowse said")
      // (not in capitals, where every word is capitalised: "IMPOSING A MIDNIGHT-TO-5 A.M. CURFEW")
      return p >= 0 && ((values[p].length === 4 && CLOCK.test(values[p])) || CLOCK_GLUED.test(values[p])) && values[p] !== values[p].toUpperCase() && /^\p{Lu}/u.test(values[i]) && !AFTER_CLOCK.has(values[i].toLowerCase()) && map[i] >= 0;
    };
    // ("some two hours after he was brought in. Paul Mirgin, a tug operator": the tokeniser keeps "in." whole, the inch's abbreviation;
    // after a word, not a figure, with a capitalised word after it, it is "in" ending the sentence)
    const inchEnd = (i: number) => {
      let p = i - 1;
      while (p >= 0 && map[p] < 0) p--;
      let q = p - 1;
      while (q >= 0 && map[q] < 0) q--;
      return p >= 1 && q >= 0 && values[p] === 'in.' && !/\d/.test(values[q]) && /^\p{Lu}\p{Ll}/u.test(values[i]) && map[i] >= 0;
    };
    for (const [a, b] of spans) {
      let first = -1;
      for (let i = a; i <= b; i++) {
        if (first >= 0 && (breakBefore[i] || clockEnd(i) || inchEnd(i))) {
          pushSentence(first, i);
          first = -1;
        }
        if (map[i] >= 0 && first < 0) first = i;
      }
      if (first >= 0) pushSentence(first, b + 1);
    }
    function pushSentence(wa: number, wb: number) {
      let f = -1;
      let l = -1;
      for (let i = wa; i < wb; i++) {
        if (map[i] >= 0) {
          if (f < 0) f = map[i];
          l = map[i] + 1;
        }
      }
      if (f < 0) return;
      const index = sentences.length;
      for (let t = f; t < l; t++) tokens[t].sent = index;
      sentences.push({ index, first: f, last: l, start: tokens[f].start, end: tokens[l - 1].end });
    }
  }
  return { article, text, tokens, sentences };
}

/** Text of a sentence exactly as in the article. */
/** verbs of beginning, going on or stopping, whose -ing complement is a verb: "began flying police into Honiara" */
const ONGOING_VERBS = new Set(['begin', 'start', 'continue', 'keep', 'resume', 'stop', 'finish', 'cease']);
/** Group nouns that take a plural verb or act as a subject like one: "Police tortured", "the army shelled". */
const GROUP_SUBJECTS = new Set(['police', 'people', 'personnel', 'military', 'army', 'navy', 'militia', 'government', 'youth', 'gendarmerie', 'regime', 'junta']);

/** A noun that reads as plural (or as a group acting) from its form: "militants", "forces", "men", "police" (not "news", "class"). */
export function pluralForm(t: Token): boolean {
  return /[^s]s$/.test(t.lower) || (t.pos === 'NOUN' && /men$/.test(t.lower)) || GROUP_SUBJECTS.has(t.lower);
}

/** Is the word at `first` a name given to something, after "known (locally) as", "dubbed" or "nicknamed" ("a strip of
 * riverbank known locally as Colombia")? */
export function namedAs(tokens: Token[], first: number): boolean {
  const p = tokens[first - 1];
  if (!p || p.sent !== tokens[first].sent) return false;
  if (p.lower === 'dubbed' || p.lower === 'nicknamed') return true;
  if (p.lower !== 'as') return false;
  let k = first - 2;
  if (tokens[k] && /^(?:locally|popularly|widely|commonly|also|colloquially)$/.test(tokens[k].lower)) k--;
  return tokens[k]?.lower === 'known';
}

export function sentenceText(doc: Doc, s: number): string {
  const sent = doc.sentences[s];
  return doc.text.slice(sent.start, sent.end);
}

/** Bare wink-nlp pass, for the benchmark's baseline. */
export function winkOnly(text: string): number {
  const wd = nlp.readDoc(text);
  const tk = wd.tokens();
  tk.out(its.pos);
  tk.out(its.lemma);
  return wd.sentences().length();
}

/** A day told at the start of a line, by its weekday if any, its day and month either way round and its year if any: the day's
 * number may be followed by `range` ("8-10"), and the day by `end` (a dash of a bulletin's item, or the line's end). */
function dayPattern(range: string, end: string): RegExp {
  // (and their short forms, as wire chronologies write them: "Wednesday, Jan. 5 - ")
  const months = 'january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
  return new RegExp(`^\\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?(?:\\d{1,2}${range}\\s+(?:${months})|(?:${months})\\s+\\d{1,2}${range})(?:,?\\s+\\d{4})?${end}`, 'i');
}
/** a paragraph opened by its day, as a bulletin's items are: "Thursday 18 January - The Popular Front said ...", "March 3: Troops ..."
 * (or by its days: "January 8-10 - The worst violence so far") */
const DAY_HEADING = dayPattern('(?:-\\d{1,2})?', '\\s*[-–—:]\\s');
/** Does sentence k's paragraph open on its day, as a bulletin's or a chronology's items do? The paragraph's first sentence, or -1. */
export function dayItemOf(doc: Doc, k: number): number {
  let p0 = k;
  while (p0 > 0 && doc.text.slice(doc.sentences[p0 - 1].end, doc.sentences[p0].start).indexOf('\n') < 0) p0--;
  const s = doc.sentences[p0];
  if (DAY_HEADING.test(doc.text.slice(s.start, Math.min(s.end, s.start + 60)))) return p0;
  // ("Tuesday, May 12" on a line of its own, then the day's paragraphs: the nearest such line above, past no other heading)
  for (let h = k; h >= 0 && k - h <= 40; h--) {
    if (!isHeading(doc, h)) continue;
    const hs = doc.sentences[h];
    return DAY_LINE.test(doc.text.slice(hs.start, hs.end)) ? h : -1;
  }
  return -1;
}
/** a day alone on a line of its own: "Tuesday, May 12", "May 12, 1998", "12 May" */
const DAY_LINE = dayPattern('', '\\s*$');

/**
 * A subheading ("Polls fraud", "Opposition demands talks"): a short line standing alone
 * without a full stop. It starts a new section: places and dates do not carry across it.
 */
export function isHeading(doc: Doc, k: number): boolean {
  const s = doc.sentences[k];
  // (the document's first line, its headline, may run longer: "Niger: 4 dead as anti-Charlie Hebdo protest turns violent in
  // Zinder, French cultural centre torched")
  // (over a story: a text of one sentence is no headline of anything)
  if (s.last - s.first > (k === 0 && doc.sentences.length > 1 ? 32 : 16)) return false;
  const before = doc.text.lastIndexOf('\n', s.start - 1);
  if (before >= 0 && doc.text.slice(before + 1, s.start).trim()) return false;
  if (before < 0 && doc.text.slice(0, s.start).trim()) return false;
  const nl = doc.text.indexOf('\n', s.end);
  if (doc.text.slice(s.end, nl < 0 ? doc.text.length : nl).trim()) return false;
  return !/[.!?:;,"”’)]\s*$/.test(doc.text.slice(s.start, s.end));
}

/**
 * One empty list per sentence, all of one kind for V8. (Lists that hot code reads are built with
 * loops, not .map(): V8's optimised .map() makes holey lists where its first tier makes packed
 * ones, and the functions reading them de-optimise when both kinds reach them. Lists of `[]` begin
 * as lists of small integers and change kind at their first push: these begin as lists of objects.)
 */
export function perSentence<T>(doc: Doc): T[][] {
  const n = doc.sentences.length;
  const out: T[][] = [];
  for (let k = 0; k < n; k++) {
    const list: T[] = [null as T];
    list.pop();
    out.push(list);
  }
  return out;
}

/** Is the word before "and" at `and` the end of a participle's clause set off by a comma (", killing two guerrillas and ...")? */
function joinedParticiple(tokens: Token[], and: number, base: number): boolean {
  for (let k = and - 1; k > base && and - k <= 8; k--) {
    const t = tokens[k];
    if (t.sent !== tokens[and].sent || t.text === ';' || t.text === '.') return false;
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) return tokens[k - 1]?.text === ',';
    // (past a participle set before its noun: "killing two suspected guerrillas and arresting five others")
    const preNominal = t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
    if (t.text === ',' || (t.pos === 'VERB' && !preNominal) || t.pos === 'AUX') return false;
  }
  return false;
}
