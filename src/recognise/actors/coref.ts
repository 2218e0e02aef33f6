/** Coreference within an article: definite descriptions ("the president", "the group"),
 * appositions ("X, one of the leaders of the coalition") and pronouns (he/she/they/it). */
import type { ActorMention, Ctx, Info } from './context.js';
import type { Token } from '../../types.js';
import { cameoOf, info, root } from './context.js';
import type { OrgEntry } from './lexicon.js';
import { ARMED_FORCE_SECTORS, STATE_SECTORS } from '../../types.js';

/** those who tell what they saw */
const WITNESSES = new Set(['witness', 'onlooker', 'bystander', 'observer', 'eyewitness']);
export const PRONOUNS: Record<string, 'person' | 'plural' | 'it'> = {
  he: 'person',
  him: 'person',
  she: 'person',
  they: 'plural',
  them: 'plural',
  it: 'it',
};

export function findBack(c: Ctx, before: number, maxSents: number, ok: (x: Info) => boolean): Info | null {
  const sent = c.tk[before]?.sent ?? 0;
  for (let i = c.prior.length - 1; i >= 0; i--) {
    const x = c.prior[i];
    if (x.m.end > c.tk[before].start) continue;
    if (sent - x.sent > maxSents) break;
    // (a name found to be a place the gazetteer lacks, "told reporters at Mount Etjo", or a bare demonym, is no one to point back to)
    if (x.origin || x.bareDemonym) continue;
    if (ok(x)) return x;
  }
  return null;
}

export function adopt(x: Info, ant: Info, cameoOrg: OrgEntry | null = ant.org): void {
  const r = root(ant.m);
  x.m.ref = r;
  x.m.name = r.name;
  if (!x.m.code || x.codeFrom === 'main' || x.codeFrom === null) {
    x.m.code = r.code;
    x.codeFrom = 'ref';
  }
  if (!x.m.sector || x.weak) x.m.sector = r.sector;
  x.m.cameo_code = r.code === x.m.code && r.sector === x.m.sector ? r.cameo_code : cameoOf(x.m.code, x.m.sector, cameoOrg);
}

const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** nouns that name armed men only by what they did ("the attackers", "the gang"), as lemmas and as written (the coder's event
 * resolution tests the words of a record's actor) */
export const DOER_NOUNS: ReadonlySet<string> = new Set(['attacker', 'attackers', 'assailant', 'assailants', 'raider', 'raiders', 'ambusher', 'ambushers', 'gang', 'gangs', 'gunman', 'gunmen']);
/** the sectors of armed men outside the state */
const NONSTATE_ARMED = new Set(['REB', 'IMG', 'UAF', 'CRM']);

/** "the president", "the group": point back to the nearest compatible mention. */
export function definite(c: Ctx, x: Info): void {
  if (x.named || x.m.kind === 'country' || x.org) return;
  // ("Alliance leaders said" after "Nepal's main opposition alliance rejected ..."): the officers of a body of no known kind, named by
  // its common noun, are of the sector of that body told before (its officers, not the body: no reference to it)
  if (x.title && !x.m.sector && x.m.head > x.m.first) {
    const b = c.tk[x.m.head - 1];
    if (c.lx.officerOf.get(b.lower) === '') {
      const ant = findBack(c, x.m.first, 6, (p) => p !== x && c.tk[p.m.head]?.lemma === b.lemma && !!p.m.sector && (!x.m.code || p.m.code === x.m.code));
      if (ant) {
        x.m.sector = ant.m.sector;
        x.m.cameo_code = cameoOf(x.m.code, x.m.sector, null);
      }
    }
  }
  const before = c.tk[x.m.first - 1];
  // ("ZANU denied in a statement that its forces had attacked the bus. A spokesman blamed ...": a spokesman of no one named, right
  // after a body outside the state spoke, is that body's, of its sector, known or not)
  if (before && (before.lower === 'a' || before.lower === 'an') && x.m.head === x.m.first && x.m.last === x.m.head + 1 && SPOKESPEOPLE.has(c.tk[x.m.head]?.lower ?? '')) {
    const ant = findBack(c, x.m.first, 1, (p) => p !== x && p.m.kind === 'org' && !(p.m.sector && STATE_SECTORS.has(p.m.sector)) && p.sent < c.tk[x.m.first].sent);
    if (ant) {
      const r = root(ant.m);
      x.m.code = r.code;
      x.codeFrom = 'ref';
      x.m.sector = r.sector;
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, ant.org);
      return;
    }
  }
  if (!before || before.lower !== 'the') return;
  // "the president of Kyrgyzstan" may only point to a Kyrgyz antecedent
  const code = x.codeFrom !== null && x.codeFrom !== 'main' ? x.m.code : null;
  if (x.title) {
    const t = x.title;
    // (or the same title unnamed, told with whose it is: "an army spokesman said ... The spokesman said")
    const ok = (p: Info) => p !== x && p.m.kind === 'person' && (p.named || (p.title === t && !!p.m.sector && (!p.weak || !!p.m.ref))) && (!code || p.m.code === code);
    // (one who bears the title before one of the same sector who bears none: "King Gyanendra ... a special envoy of Indian Prime
    // Minister Manmohan Singh, met the king")
    // (and one who bore it further back before one of no title nearer: "President Viktor Yanukovych ... the interior minister, Vitaliy
    // Zakharchenko ... would storm the president's office")
    // (the story's own country's first: "the president's office" in Kiev, past "President Vladimir Putin")
    const titled = new Set(c.prior.filter((q) => q.title === t && q.m.kind === 'person' && q.named).map((q) => root(q.m).name));
    const ant = findBack(c, x.m.first, 6, (p) => ok(p) && p.title === t) ??
      (c.main ? findBack(c, x.m.first, 30, (p) => ok(p) && p.named && titled.has(root(p.m).name) && p.m.code === c.main) : null) ??
      findBack(c, x.m.first, 6, (p) => ok(p) && !p.title && p.m.sector === x.m.sector && x.m.sector !== null);
    if (ant) adopt(x, ant, null);
    return;
  }
  // ("the United Nations Security Council adopted a statement ... the council had agreed": a body's head alone, with "the", is the
  // body of that head named in capitals before, when that body is one the lexicon knows; a council of a name we do not know may
  // have been coded by a namesake town abroad, "Newark and Sherwood District Council")
  if (!x.plural && x.m.head === x.m.first && c.lx.institutionHeads.has(c.tk[x.m.head]?.lower ?? '')) {
    const head = c.tk[x.m.head].lemma;
    const ant = findBack(c, x.m.first, 6, (p) => p !== x && p.m.kind !== 'pronoun' && !!p.org && !p.plural && c.tk[p.m.head]?.lemma === head && c.tk[p.m.head].cap && (!code || p.m.code === code));
    if (ant) {
      adopt(x, ant);
      return;
    }
  }
  // ("The UN refugee agency, UNHCR, said ... The agency said it had flown tents": a body's common head alone, with "the", is the body
  // told just before with that head)
  if (!x.plural && x.m.head === x.m.first && c.tk[x.m.head]?.lemma === 'agency') {
    const ant = findBack(c, x.m.first, 3, (p) => p !== x && p.m.kind !== 'pronoun' && !p.plural && c.tk[p.m.head]?.lemma === 'agency' && (!code || p.m.code === code));
    if (ant) {
      adopt(x, ant);
      return;
    }
  }
  // ("Police arrested six men, as lawmakers accused the force of leaving commuters at the mercy of the assailants": "the force" alone
  // is the police or the army told just before)
  if (x.bare && !x.plural && c.tk[x.m.head]?.lower === 'force' && x.m.head === x.m.first) {
    const ant = findBack(c, x.m.first, 3, (p) => p !== x && p.m.kind !== 'pronoun' && (p.m.sector === 'COP' || p.m.sector === 'MIL') && (!code || p.m.code === code));
    if (ant) adopt(x, ant);
    return;
  }
  // ("Communist terrorists ambushed a police convoy ... The attackers opened fire from a ridge ... before the gang withdrew": those
  // named only by what they did, with "the", are the armed men outside the state told just before, as a subject)
  if (x.m.head === x.m.first && DOER_NOUNS.has(c.tk[x.m.head]?.lemma ?? '')) {
    const ant = findBack(c, x.m.first, 3, (p) => p !== x && p.m.kind !== 'pronoun' && NONSTATE_ARMED.has(root(p.m).sector ?? '') && !DOER_NOUNS.has(c.tk[p.m.head]?.lemma ?? '') &&
      !afterPreposition(c, p) && !afterVerb(c, p));
    if (ant) {
      adopt(x, ant);
      x.m.sector = root(ant.m).sector;
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, ant.org);
      return;
    }
  }
  if (x.groupish) {
    const head = c.tk[x.m.head].lemma;
    // ("the two sides", "both parties": two parties, never one body told before)
    if (x.plural && (head === 'side' || head === 'party')) return;
    // ("the two main opposition groups": a number of them is never one body told before)
    const counted = x.plural && c.tk.slice(x.m.first, x.m.head).some((t) => t.pos === 'NUM' || t.lower === 'both');
    const ant = findBack(
      c,
      x.m.first,
      6,
      // (a capitalised head names a body of its own: "the Federation of Trade Unions" is no other organisation told before)
      // (nor one of another trade: "Tass said ... The unions issued a threat" are no news agency)
      // (or a body named in capitals of the same trade: "the Confederation of Copper Workers ... The union scaled back the plan")
      (p) => p !== x && (!code || p.m.code === code) && (c.tk[p.m.head]?.lemma === head || ((p.m.kind === 'org' || (p.groupish && !!x.m.sector && p.m.sector === x.m.sector && c.tk[p.m.head]?.cap)) &&
        !p.plural && !counted && (c.upper || !c.tk[x.m.head]?.cap) && !(x.m.sector && p.m.sector && x.m.sector !== p.m.sector))) && p.m.kind !== 'pronoun',
    ) ??
      // ("The Seven-Party Alliance, which has led a general strike since April 6, ..." and, a dozen sentences on, "The alliance said"):
      // further back, a body named with more than that very head (in wire copy in capitals, truecased, its words are no longer capitals)
      (x.plural || counted ? null : findBack(c, x.m.first, 15, (p) => p !== x && (!code || p.m.code === code) && p.m.kind !== 'pronoun' && !p.plural &&
        c.tk[p.m.head]?.lemma === head && !p.bare && !c.tk[x.m.head]?.cap && !(x.m.sector && p.m.sector && x.m.sector !== p.m.sector)));
    if (ant) adopt(x, ant);
  }
}

/** Share what an apposition knows: "Ishengul Boldzhurova, one of the leaders of the coalition". */
export function apposition(c: Ctx, list: Info[]): void {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    // "A, one of the B" / "A in Moscow, B": one comma, a few function words or a place between
    let commas = 0;
    let ok = b.m.first - a.m.last <= 6;
    for (let k = a.m.last; ok && k < b.m.first; k++) {
      const t = c.tk[k];
      if (t.text === ',') commas++;
      else if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'ADJ' || c.lx.skip.has(t.lower))) ok = false;
    }
    if (!ok || commas !== 1 || c.tk[a.m.last].text !== ',' && c.tk[b.m.first - 1].text !== ',') continue;
    // ("In a speech broadcast on state radio on Thursday, Mutharika accused": a time between them closes the phrase that opens the
    // sentence; the name after the comma is the subject, no apposition)
    // (the lexicon's words of time; its list leaves out "may", a modal, which between two mentions is the month)
    if (c.tk.slice(a.m.last, b.m.first).some((t) => c.lx.temporal.has(t.lower) || t.lower === 'may')) continue;
    const nameInfo = a.named ? a : b.named ? b : null;
    const desc = nameInfo === a ? b : a;
    if (!nameInfo || desc.named || desc.m.kind === 'pronoun' || desc.m.kind === 'country') continue;
    // ("held by the Tupac Amaru Revolutionary Movement (MRTA), police said": a speaker after the comma names no one before it)
    if (desc === b && trailingSpeaker(c, b)) continue;
    // ("in Monroe Township, the sheriff's office said": a possessor names no one in apposition)
    const after = c.tk[desc.m.last]?.text;
    if (desc === b && (after === "'s" || after === '’s')) continue;
    if (desc.m.kind === 'org' && desc.org) continue;
    // ("soldiers loyal to the incumbent, Laurent Gbagbo": one person is no apposition of many)
    // (but one of many is: "Ishengul Boldzhurova, one of the leaders of the coalition")
    if (nameInfo.m.kind === 'person' && desc.plural && desc.m.kind === 'group' && !c.tk.slice(Math.max(0, desc.m.first - 3), desc.m.first).some((t) => t.lower === 'one' || t.lower === 'among')) continue;
    if (!nameInfo.m.sector || nameInfo.weak) nameInfo.m.sector = desc.m.sector;
    if (desc.m.code && desc.codeFrom !== 'main' && (nameInfo.codeFrom === 'main' || !nameInfo.m.code)) {
      nameInfo.m.code = desc.m.code;
      nameInfo.codeFrom = desc.codeFrom;
      // ("Hezbollah's leader, Hassan Nasrallah, threatened to strike Haifa": the name's country is its description's, no longer the
      // article's guess that the event's place may override)
      nameInfo.m.codeFromArticle = desc.m.codeFromArticle;
    }
    nameInfo.m.cameo_code = cameoOf(nameInfo.m.code, nameInfo.m.sector, desc.org);
    desc.m.ref = root(nameInfo.m);
    desc.m.name = nameInfo.m.name;
    // ("Prime Minister Sanjaagiin Bayar, the MPRP leader, accused": a description of no known sector is the named one's, who has one)
    // (and a party's office beside an office of state the name holds by title: the state's, as CAMEO codes a governing party's leader
    // who is prime minister)
    if ((!desc.m.sector || (desc.m.sector === 'PTY' && !!nameInfo.title && STATE_SECTORS.has(nameInfo.m.sector ?? ''))) && nameInfo.m.sector && !nameInfo.weak) {
      desc.m.sector = nameInfo.m.sector;
      if (!desc.m.code) desc.m.code = nameInfo.m.code;
      desc.m.cameo_code = cameoOf(desc.m.code, desc.m.sector, desc.org);
    }
    // ("South African President Thabo Mbeki, the regional mediator, has urged": a description the story's country was only guessed
    // for is of the country its name is known by)
    if (nameInfo.m.code && nameInfo.codeFrom !== 'main' && nameInfo.codeFrom !== null && nameInfo.m.code !== desc.m.code && (desc.codeFrom === 'main' || desc.codeFrom === null || !desc.m.code)) {
      desc.m.code = nameInfo.m.code;
      desc.codeFrom = nameInfo.codeFrom;
      if (!desc.m.sector) desc.m.sector = nameInfo.m.sector;
      desc.m.cameo_code = cameoOf(desc.m.code, desc.m.sector, desc.org);
    }
  }
}

/** Is the mention the subject of an "if"/"unless" clause: "if the chief constable asked"? */
function conditionSubject(c: Ctx, p: Info): boolean {
  let k = p.m.first - 1;
  while (k > 0 && p.m.first - k <= 3 && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ')) k--;
  return !!c.tk[k] && (c.tk[k].lower === 'if' || c.tk[k].lower === 'unless');
}

/** verbs whose object is whom something is told: "told reporters", "briefed the council" */
export const TELL = new Set(['tell', 'told', 'tells', 'telling', 'brief', 'briefed', 'inform', 'informed']);
/** "told reporters", "told the BBC": the media a statement is made to */
function toldPress(c: Ctx, p: Info): boolean {
  if (p.m.sector !== 'MED') return false;
  let k = p.m.first - 1;
  while (k > 0 && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ')) k--;
  return !!c.tk[k] && TELL.has(c.tk[k].lower);
}

const FEMININE = new Set(['she', 'her', 'herself', 'hers']);
const FEMALE = /\b(?:woman|women|girl|mother|wife|daughter|sister|grandmother|widow|spokeswoman|chairwoman|congresswoman|businesswoman|policewoman|councilwoman|actress|Ms|Mrs|Miss|Madam|Queen|Princess|Lady|Dame)\b/i;
const MALE = /\b(?:man|men|boy|father|husband|son|brother|grandfather|widower|spokesman|chairman|congressman|businessman|policeman|councilman|Mr|King|Prince|Lord|Sir)\b/i;

export function pronoun(c: Ctx, i: number): Info | null {
  // ("the withdrawal of soldiers they accused of failing": a subject pronoun right after a noun opens a relative clause on that
  // noun, and stands for someone else)
  const nx = c.tk[i + 1];
  const k = nx && nx.sent === c.tk[i].sent && (nx.pos === 'VERB' || nx.pos === 'AUX') && /^(?:they|he|she|we)$/.test(c.tk[i].lower) ?
    c.prior.findIndex((p) => p.m.last === i && p.m.kind !== 'pronoun' && c.tk[i - 1]?.pos === 'NOUN') : -1;
  if (k < 0) return pronounOf(c, i);
  const [modified] = c.prior.splice(k, 1);
  try {
    return pronounOf(c, i);
  } finally {
    c.prior.splice(k, 0, modified);
  }
}

/** media named by their kind ("a radio address", "the television"): no person a "he" or "she" stands for */
const MEDIA_HEADS = new Set(['radio', 'television', 'tv', 'newspaper', 'paper', 'agency', 'station', 'channel', 'network', 'broadcaster', 'daily', 'weekly', 'website']);
/** The subject of the verb an object pronoun follows ("[Troops] and [police] did not stop them"): those it cannot stand for. */
function boundSubjects(c: Ctx, i: number): Set<Info> {
  const out = new Set<Info>();
  const t = c.tk[i];
  if (!/^(?:them|him|her)$/.test(t.lower) || c.tk[i - 1]?.pos !== 'VERB' || c.tk[i - 1].sent !== t.sent) return out;
  let k = i - 2;
  while (k >= 0 && c.tk[k].sent === t.sent && (c.tk[k].pos === 'AUX' || c.tk[k].pos === 'ADV' || c.tk[k].pos === 'PART' || c.tk[k].lower === "n't")) k--;
  let end = k + 1;
  for (;;) {
    const x = c.prior.find((p) => p.m.last === end && p.m.kind !== 'pronoun' && p.sent === t.sent);
    if (!x) break;
    out.add(x);
    const j = x.m.first - 1;
    if (j < 0 || c.tk[j].sent !== t.sent || !(c.tk[j].lower === 'and' || c.tk[j].text === ',')) break;
    end = j;
  }
  return out;
}

/** a passive of harm right after a pronoun: "he was shot", "she had been arrested" */
const HARM_PASSIVE = /^\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|hit|beaten|stabbed|arrested|detained|abducted|kidnapped|murdered|hacked|tortured)\b/i;
/** a passive of release right after a pronoun: "he was freed", "she has been released" */
const FREED_PASSIVE = /^\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:freed|released|set\s+free|let\s+go|pardoned|acquitted)\b/i;
/** Was harm done to the mention where it stands ("a worker was shot dead", "the young man was hit", "killing a student")? */
function harmedBefore(c: Ctx, p: Info): boolean {
  if (HARM_PASSIVE.test(c.doc.text.slice(p.m.end, Math.min(c.doc.text.length, p.m.end + 40)))) return true;
  const v = c.tk[p.m.first - 1];
  const v2 = c.tk[p.m.first - 2];
  const harmVerb = (t: Token | undefined) => !!t && t.pos === 'VERB' && /^(?:shoot|kill|wound|injure|hit|beat|stab|arrest|detain|abduct|kidnap|murder)$/.test(t.lemma);
  return harmVerb(v) || (!!v && (v.pos === 'DET' || v.pos === 'NUM' || v.pos === 'ADJ') && harmVerb(v2));
}

/** Does the sentence of token i open on a thing in the singular, no actor, as the subject of its verb ("A mass funeral had been planned")? */
function thingSubjectBefore(c: Ctx, i: number): boolean {
  const sent = c.doc.sentences[c.tk[i].sent];
  if (!sent) return false;
  let k = sent.first;
  while (k < i && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k++;
  if (k >= i || c.tk[k].pos !== 'NOUN' || c.tk[k].lower !== c.tk[k].lemma) return false;
  while (k + 1 < i && c.tk[k + 1].pos === 'NOUN') k++;
  const v = c.tk[k + 1];
  if (!v || (v.pos !== 'AUX' && v.pos !== 'VERB')) return false;
  return !c.prior.some((p: Info) => p.m.first <= k && p.m.last > k);
}

function pronounOf(c: Ctx, i: number): Info | null {
  const t = c.tk[i];
  const want = PRONOUNS[t.lower];
  let ant: Info | null = null;
  // ("Troops and police did not stop them from entering": an object pronoun is never its own verb's subject, nor one joined to it)
  const bound = boundSubjects(c, i);
  // (nor whom that subject stands for: "An investigating judge charged Sonko ... The judge ordered him")
  const boundAt = new Set([...bound].map((b) => root(b.m).start));
  // (nor the person a surname standing as that subject names: "Gen. Fabian Ver asked President Marcos ... Marcos turned him down")
  const boundNames = new Set([...bound].filter((b) => root(b.m).kind === 'person').map((b) => root(b.m).name));
  const fb = (before: number, maxSents: number, ok: (x: Info) => boolean) => findBack(c, before, maxSents, (p) => !bound.has(p) && !boundAt.has(root(p.m).start) &&
    !(root(p.m).kind === 'person' && boundNames.has(root(p.m).name)) && ok(p));
  // ("two men whom they accused": the subject of a clause on its object is someone else)
  const whomOf = c.tk[i - 1]?.lower === 'whom' ? i - 1 : -1;
  // (what "whom" stands for, right before it or before its comma, with the phrase it is "of": "the Kosovo Liberation Army, whom
  // it blamed", "more than 30 members of his government, whom they had taken hostage")
  const whomEnd = whomOf < 0 ? -1 : c.tk[whomOf - 1]?.text === ',' ? whomOf - 1 : whomOf;
  const whomsAntecedent = (p: Info): boolean => {
    if (whomOf < 0) return false;
    if (p.m.last === whomEnd) return true;
    // (the head a phrase after "of" hangs on: "members" of "members of his government")
    let k = p.m.last;
    if (c.tk[k]?.lower !== 'of') return false;
    k++;
    while (k < whomEnd && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'PRON' || c.tk[k].pos === 'ADJ')) k++;
    return c.prior.some((q: Info) => q.m.first <= k && q.m.last === whomEnd);
  };
  if (want === 'person') {
    // ("Bhuiyan blamed supporters of the candidate, Mizanur Rahman, and said he would boycott the polls": a "he" reported
    // by a speaker in the sentence is that speaker, its subject, not the person named last)
    let r = c.tk[i - 1]?.lower === 'that' ? i - 2 : i - 1;
    // (past whom it was told and how: "Niyombare told a reporter by telephone that he and his men had decided")
    if (c.tk[i - 1]?.lower === 'that') {
      let k = r;
      while (k > 0 && r - k < 8 && c.tk[k].sent === t.sent && c.tk[k].pos !== 'VERB' && c.tk[k].text !== ',' && c.tk[k].pos !== 'PRON') k--;
      if (k > 0 && k < r && c.tk[k].lemma === 'tell' && c.tk[k].pos === 'VERB') r = k;
    }
    if (r > 0 && c.tk[r].sent === t.sent && REPORTING.has(c.tk[r].lemma) && c.tk[r].pos === 'VERB') {
      ant = fb(i, 0, (p) => root(p.m).kind === 'person' && p.m.kind !== 'pronoun' && !afterVerb(c, p) && !afterPreposition(c, p) && c.tk[p.m.first - 1]?.text !== ',');
    }
    // ("... to back a ban if the chief constable asked for one. Labour called on him to resign": the subject of a condition
    // is not whom the story goes on about, when someone else was named before it)
    // ("Inspector Paul Dowse said the woman had locked herself to the gate. She was granted bail": not a man's name for
    // "she", nor a woman for "he", when the words say which)
    const sex = (p: Info): 'f' | 'm' | null => {
      const txt = `${p.m.text} ${root(p.m).text}`;
      return FEMALE.test(txt) ? 'f' : MALE.test(txt) ? 'm' : null;
    };
    const wanted = FEMININE.has(t.lower) ? 'f' : 'm';
    const sexOk = (p: Info) => { const x = sex(p); return x === null || x === wanted; };
    // (not an unknown name after a preposition of place, which is a place we lack: "opened fire on protesters near La Luna before
    // he was beaten to death")
    const placeLike = (p: Info) => p.m.kind === 'person' && !p.m.sector && !p.title && /^(?:near|in|at|outside|around|from|to|into|toward|towards)$/.test(c.tk[p.m.first - 1]?.lower ?? '');
    const person = (p: Info) => root(p.m).kind === 'person' && !whomsAntecedent(p) && sexOk(p) && !placeLike(p);
    // ("A 34-year-old man was charged ... after police say he drove": with no one named, one person named by a noun
    // with an article is a "he" too; not "on television")
    // (not a medium: "In a radio address he said")
    const individual = (p: Info) => p.m.kind === 'group' && !p.plural && !p.collective && !p.groupish && !c.lx.units.has(c.tk[p.m.head]?.lemma ?? '') && articled(c, p) && !whomsAntecedent(p) && sexOk(p) &&
      !MEDIA_HEADS.has(c.tk[p.m.head]?.lower ?? '');
    // (a person the words give the pronoun's sex comes first: "the woman ... She")
    const marked = (p: Info) => (person(p) || individual(p)) && sex(p) === wanted;
    // ("Prime Minister X, installed by the military after it ousted Y in a coup, has tried ..., and he apologised": inside its own
    // sentence, a subject "he" after ", and" goes on with the sentence's subject, not with whom a verb was done to in between)
    const andSubject = c.tk[i - 1]?.lower === 'and' && c.tk[i - 2]?.text === ',' && (c.tk[i + 1]?.pos === 'VERB' || c.tk[i + 1]?.pos === 'AUX');
    if (!ant && andSubject) ant = fb(i, 0, (p) => person(p) && !afterVerb(c, p) && !afterPreposition(c, p) && !conditionSubject(c, p));
    // ("A British army spokesman said ... Later a gunman was shot dead by troops after he fired on an armoured car": one person named
    // by a noun in the pronoun's own sentence before a person of the sentences before; not one in a phrase set off before it, "In a
    // message relayed by a church worker, he threatened")
    // ("A 20-year-old worker was shot dead ... the young man was hit by a bullet fired by an off-duty police officer. Witnesses said he
    // was shot from a short distance": "he" to whom harm was done is the one harm was done to before, not who did it)
    // ("Police detained a local opposition activist ... the regional governor's office ... He was freed without charge": who is freed
    // is one taken or harmed before)
    const passiveAfter = c.doc.text.slice(t.end, Math.min(c.doc.text.length, t.end + 40));
    if (!ant && (HARM_PASSIVE.test(passiveAfter) || FREED_PASSIVE.test(passiveAfter))) ant = fb(i, 3, (p) => (person(p) || individual(p)) && harmedBefore(c, p));
    // ("Zéphirin Diabré rejected the state of emergency and said only the president's resignation could restore peace. He had earlier
    // called on the army": a "He" opening its sentence goes on with the sentence before's subject, not a possessor in what was said)
    const opensSentence = i === 0 || c.tk[i - 1].sent !== t.sent || /^["“]$/.test(c.tk[i - 1].text);
    const possessive = (p: Info) => /^(?:'s|’s|')$/.test(c.tk[p.m.last]?.text ?? '');
    if (!ant && opensSentence) {
      const subj = fb(i, 1, (p) => (person(p) || individual(p)) && c.tk[p.m.first].sent === t.sent - 1 && !afterVerb(c, p) && !afterPreposition(c, p) && !possessive(p));
      const last = fb(i, 1, (p) => person(p) || individual(p));
      if (subj && last && last !== subj && possessive(last)) ant = subj;
    }
    ant = ant ?? (FEMININE.has(t.lower) ? fb(i, 2, marked) : null) ?? fb(i, 0, (p) => (person(p) || individual(p)) && !conditionSubject(c, p) && !(afterPreposition(c, p) && c.tk.slice(p.m.last, i).some((t) => t.text === ','))) ??
      fb(i, 3, (p) => person(p) && !conditionSubject(c, p)) ?? fb(i, 3, person) ?? fb(i, 3, individual);
  } else if (want === 'plural') {
    // ("told reporters by telephone. “They killed my two brothers”": the press a story is told to acts in none of it)
    // (a movement named in the plural is "they": "The Houthis, who draw their support from the north, set up the camps ... They demand")
    const pluralName = (p: Info) => p.m.kind === 'org' && /^\p{Lu}[\p{L}'-]*[^s]s$/u.test(p.m.text.replace(/^the\s+/i, ''));
    // ("Witnesses said some of them threw stones": those who saw it tell of others)
    const witnessTelling = (p: Info) => [c.tk[p.m.head]?.lemma ?? '', (c.tk[p.m.head]?.lower ?? '').replace(/e?s$/, '')].some((w) => WITNESSES.has(w)) && c.tk[p.m.first].sent === t.sent &&
      c.tk.slice(p.m.last, i).some((x) => x.pos === 'VERB' && REPORTING.has(x.lemma));
    // ("The rebel MNLA and the Islamist group Ansar Dine took Kidal on Friday. On Saturday they took Gao": bodies named together are
    // "they", told by the first of them)
    const conjoined = (p: Info) => c.tk[p.m.last]?.lower === 'and' && c.prior.some((q) => q !== p && q.m.kind !== 'pronoun' && q.m.first > p.m.last && q.m.first - p.m.last <= 3 && q.sent === p.sent);
    // ("rebels had seized police stations ..., and on Feb. 22 they took Cap-Haitien": a body named as a noun's modifier, whose
    // stations or bases they are, is no "they")
    const modifier = (p: Info) => { const n = c.tk[p.m.last]; return !!n && n.pos === 'NOUN' && !n.cap && n.sent === c.tk[p.m.first].sent && p.m.last === p.m.head + 1; };
    // ("a group of armed men attacked a military post ... They freed 23 businessmen": a group of people named in the plural is "they")
    const groupOf = (p: Info) => /^(?:group|band|gang|crowd|mob|number|squad|unit|party|contingent)$/.test(c.tk[p.m.head]?.lemma ?? '') && / of (?:[\w-]+ ){0,2}[\w-]*(?:s|men|people)$/i.test(p.m.text) && !/ of (?:the )?\p{Lu}/u.test(p.m.text);
    const fits = (p: Info) => (p.plural || pluralName(p) || conjoined(p) || groupOf(p)) && p.m.kind !== 'pronoun' && !whomsAntecedent(p) && !toldPress(c, p) && !witnessTelling(p) && !modifier(p);
    // ("opened fire on workers as they fled the building", "chased the youths as they ran": who flees, in a clause on the act,
    // is whom the act was done to)
    const nx = c.tk[i + 1];
    // ("a group of around a hundred people, most of them masked, broke away": a part of them, set off after a noun, is of that noun)
    const q = c.tk[i - 2];
    if (c.tk[i - 1]?.lower === 'of' && q && (PARTITIVE.has(q.lower) || q.pos === 'NUM') && c.tk[i - 3]?.text === ',' && c.tk[i - 3].sent === t.sent) {
      ant = fb(i, 0, (p) => p.m.kind !== 'pronoun' && p.m.last === i - 3);
    }
    const fled = !!nx && nx.sent === t.sent && FLEEING.has(nx.lemma) && /^(?:as|while|when)$/.test(c.tk[i - 1]?.lower ?? '');
    if (fled) ant = fb(i, 0, (p) => fits(p) && attacked(c, p));
    // ("Security forces shot dead dozens of people as they fired live rounds into crowds": who fires, in a clause on a hostile act,
    // is who did it, not whom it was done to)
    const firing = !!nx && nx.sent === t.sent && (ATTACKING.has(nx.lemma) || nx.lemma === 'open') && nx.pos === 'VERB' && /^(?:as|while|when)$/.test(c.tk[i - 1]?.lower ?? '');
    if (firing) ant = fb(i, 0, (p) => fits(p) && !attacked(c, p) && !afterVerb(c, p) && !afterPreposition(c, p, true));
    // ("Soldiers said on national television that they ...": a subject before a phrase after a preposition)
    ant = ant ?? fb(i, 0, (p) => fits(p) && !afterPreposition(c, p));
    // (a subject is the likelier antecedent in the sentences before too: "The attackers ... opened fire on residents ... “They went from house to house”";
    // not an object right after its verb, nor those a sentence closes by quoting: "Gunmen stormed two villages, two local
    // officials told Reuters. They shot men at the market"; a "they" opening a sentence stands for whom it was resolved to)
    const subject = (p: Info) => (fits(p) || (p.m.kind === 'pronoun' && p.plural && opensSentence(c, p))) && !afterPreposition(c, p) && !afterVerb(c, p) && !trailingSpeaker(c, p) && !ofThing(c, p);
    // ("Survivors said the attackers overran a post ... They then went from house to house": those who tell it are not
    // whom the story goes on about, when what they told has a subject of its own)
    const speaker = (p: Info) => REPORTING.has(c.tk[p.m.last]?.lemma ?? '') && c.tk[p.m.last].pos === 'VERB';
    ant = ant ?? fb(i, 2, (p) => subject(p) && !speaker(p)) ?? fb(i, 2, subject) ?? fb(i, 2, (p) => fits(p) && !afterPreposition(c, p)) ?? fb(i, 2, fits);
  } else {
    // (past an adverb: "It also demanded", "It later said")
    let n = i + 1;
    while (n < i + 3 && c.tk[n]?.pos === 'ADV' && c.tk[n].sent === t.sent) n++;
    const next = c.tk[n];
    if (!next || next.sent !== t.sent || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
    // "the government said it": a collective noun in the singular, even one that can also take "they"
    const singular = (p: Info) => !p.plural || (p.collective && c.tk[p.m.head] !== undefined && c.tk[p.m.head].lower === c.tk[p.m.head].lemma);
    // ("Egypt, Sudan's northern neighbour, said it ...": not the possessor inside an apposition)
    const inApposition = (p: Info) => {
      const a = c.tk[p.m.first - 1];
      const z = c.tk[p.m.last];
      return !!a && a.text === ',' && !!z && (z.text === "'s" || z.text === '’s');
    };
    const fitsIt = (p: Info) => (p.collective || p.m.kind === 'org' || p.m.kind === 'country') && singular(p) && p.m.kind !== 'pronoun' && !inApposition(p) && !whomsAntecedent(p);
    // ("Kyrgyzstan's Foreign Ministry rejected the note and said the inspections breached the rules of the Eurasian
    // Economic Union. It asked ...": an "It" opening a sentence goes on with the sentence before's subject, not the
    // last body named after a preposition)
    const opens = i === 0 || c.tk[i - 1].sent !== t.sent;
    if (opens) ant = fb(i, 1, (p) => fitsIt(p) && c.tk[p.m.first].sent !== t.sent && !afterPreposition(c, p, true) && !afterVerb(c, p));
    // ("A mass funeral had been planned for Sunday, but on Tuesday it was banned": inside its sentence, after a subject that is a
    // thing, no body, "it" is that thing)
    else if (thingSubjectBefore(c, i)) return null;
    // ("Israel agreed to suspend air strikes in southern Lebanon while it investigated the attack": inside its sentence, a body
    // named outside a prepositional phrase before one named inside it)
    else ant = fb(i, 0, (p) => fitsIt(p) && !afterPreposition(c, p, true));
    // ("On Friday the government declared a state of emergency. The decree allows police and soldiers to use force. It then asked
    // Canberra and Wellington for help": with no body the sentence before has as its subject, the subject of the one before that)
    if (!ant && opens) ant = fb(i, 2, (p) => fitsIt(p) && c.tk[p.m.first].sent === t.sent - 2 && !afterPreposition(c, p, true) && !afterVerb(c, p));
    ant = ant ?? fb(i, 1, fitsIt);
  }
  if (!ant) return null;
  // "The SPLA, which has fought the government since 1983, said it was ready": not from inside a closed relative clause
  if (inClosedRelative(c, ant, i)) {
    const outer = findBack(c, ant.m.first, 0, (p) => p !== ant && p.m.kind !== 'pronoun' && (want !== 'it' || p.collective || p.m.kind === 'org' || p.m.kind === 'country') && (want !== 'plural' || p.plural) && (want !== 'person' || root(p.m).kind === 'person'));
    if (outer) ant = outer;
  }
  return info(c, pronounMention(c, i, ant), { codeFrom: 'ref', plural: want === 'plural', title: ant.title, org: ant.org, collective: ant.collective });
}

/** words for a part of a group ("most of them", "many of them") */
const PARTITIVE = new Set(['most', 'many', 'some', 'all', 'several', 'few', 'none', 'both', 'half', 'each', 'dozens', 'hundreds', 'thousands', 'scores']);
/** verbs of getting away, whose subject in a clause on a hostile act is whom the act was done to */
const FLEEING = new Set(['flee', 'run', 'escape', 'scatter', 'disperse']);
/** verbs of an attack on whoever comes right after them ("shot [villagers]", "chased [the youths]") */
const ATTACKING = new Set(['shoot', 'chase', 'attack', 'beat', 'pursue', 'hit', 'kill', 'stone', 'club', 'charge', 'whip', 'spray', 'fire', 'gun']);

/** Is the mention whom a hostile act was done to: "fired on [workers]", "shot [villagers]"? */
function attacked(c: Ctx, p: Info): boolean {
  let k = p.m.first - 1;
  while (k >= 0 && c.tk[k].sent === c.tk[p.m.first].sent && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k--;
  const w = c.tk[k];
  if (!w || w.sent !== c.tk[p.m.first].sent) return false;
  if (/^(?:on|at|upon|into)$/.test(w.lower)) return ATTACKING.has(c.tk[k - 1]?.lemma ?? '') || c.tk[k - 1]?.lower === 'fire';
  return w.pos === 'VERB' && ATTACKING.has(w.lemma);
}

/** Does the mention open its sentence (past an opening quotation mark)? */
function opensSentence(c: Ctx, p: Info): boolean {
  let k = p.m.first - 1;
  while (k >= 0 && c.tk[k].sent === c.tk[p.m.first].sent && /^["“‘']$/.test(c.tk[k].text)) k--;
  return k < 0 || c.tk[k].sent !== c.tk[p.m.first].sent;
}

/** Is the mention the object of the verb right before it ("shot [men] gathered at the market")? */
function afterVerb(c: Ctx, p: Info): boolean {
  let k = p.m.first - 1;
  while (k >= 0 && c.tk[k].sent === c.tk[p.m.first].sent && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k--;
  const t = c.tk[k];
  // ("Survivors said the attackers overran a post": the subject of what is said, not an object)
  // (a participle the tagger took for a noun after "and": "killing eight people and abducting/NOUN four women")
  const verb = !!t && (t.pos === 'VERB' || (t.pos === 'NOUN' && t.lower.endsWith('ing') && k > 0 && (c.tk[k - 1].lower === 'and' || c.tk[k - 1].text === ',')));
  // (past an adverb: "said the attackers first overran a post")
  let n = p.m.last;
  while (c.tk[n] && c.tk[n].pos === 'ADV' && n - p.m.last < 2) n++;
  return !!t && t.sent === c.tk[p.m.first].sent && verb && !(t.lemma === 'say' && !!c.tk[n] && (c.tk[n].pos === 'VERB' || c.tk[n].pos === 'AUX' || c.tk[n].text === ','));
}

const REPORTING = new Set(['say', 'tell', 'report', 'add', 'confirm', 'claim']);
/** Does the mention close its sentence as who told it (", two local officials and a resident told Reuters.")? */
function trailingSpeaker(c: Ctx, p: Info): boolean {
  let k = p.m.first - 1;
  while (k >= 0 && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k--;
  if (!c.tk[k] || c.tk[k].text !== ',' || c.tk[k].sent !== c.tk[p.m.first].sent) return false;
  // (past coordinated speakers: "two local officials and a resident told")
  for (let j = p.m.last; j < c.tk.length && j - p.m.last < 8 && c.tk[j].sent === c.tk[p.m.first].sent; j++) {
    const t = c.tk[j];
    if (t.pos === 'VERB') return REPORTING.has(t.lemma);
    if (!(t.pos === 'CCONJ' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'AUX')) return false;
  }
  return false;
}

/** Does the mention complete "of" after a thing ("overran a post of the Volunteers for the Defence of the Homeland"), no subject (not "hundreds of protesters")? */
function ofThing(c: Ctx, p: Info): boolean {
  let k = p.m.first - 1;
  while (k >= 0 && c.tk[k].sent === c.tk[p.m.first].sent && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k--;
  const of = c.tk[k];
  const head = c.tk[k - 1];
  return !!of && of.lower === 'of' && of.sent === c.tk[p.m.first].sent && !!head && head.pos === 'NOUN' && !COUNT_HEADS.test(head.lower);
}
const COUNT_HEADS = /^(?:hundreds|thousands|dozens|scores|tens|millions|number|group|groups|crowd|crowds|band|bands|gang|gangs|unit|units|team|teams|lot|lots|members|some|many|most|all|none|both|each|one|two|three|majority|rest|half)$/;

/** Is the mention the object of a preposition ("on national television", "in the capital"; not "of")? */
/** Does a preposition stand right before the mention (past its determiners)? "of" counts only with `orOf`: "the rules of the Union". */
function afterPreposition(c: Ctx, p: Info, orOf = false): boolean {
  let k = p.m.first - 1;
  while (k >= 0 && c.tk[k].sent === c.tk[p.m.first].sent && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k--;
  const t = c.tk[k];
  // ("around 200 villagers", "about 50 people": a word of approximation before a count is no preposition)
  if (t && APPROXIMATORS.has(t.lower) && c.tk[k + 1]?.pos === 'NUM') return false;
  return !!t && t.sent === c.tk[p.m.first].sent && t.pos === 'ADP' && (orOf || t.lower !== 'of');
}
const APPROXIMATORS = new Set(['around', 'about', 'over', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'under', 'than']);

/** Is the mention inside ", which/who ... ," that closes before token i? */
function inClosedRelative(c: Ctx, ant: Info, i: number): boolean {
  let k = ant.m.first - 1;
  let rel = false;
  for (; k >= 0 && c.tk[k].sent === c.tk[i].sent && ant.m.first - k < 12; k--) {
    const w = c.tk[k].lower;
    if (w === ',') break;
    if (w === 'which' || w === 'who' || w === 'whose') rel = true;
  }
  if (!rel) return false;
  for (let j = ant.m.last; j < i; j++) if (c.tk[j].text === ',') return true;
  return false;
}

/** A noun phrase opened by an article, past its modifiers ("a 34-year-old Sagle man", "the driver"). */
function articled(c: Ctx, p: Info): boolean {
  for (let k = p.m.first - 1; k >= 0 && p.m.first - k <= 6 && c.tk[k].sent === c.tk[p.m.first].sent; k--) {
    const t = c.tk[k];
    if (t.pos === 'DET') return t.lower === 'a' || t.lower === 'an' || t.lower === 'the';
    if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-')) return false;
  }
  return false;
}

/** The mention of the pronoun at token i, standing for its antecedent. */
function pronounMention(c: Ctx, i: number, ant: Info): ActorMention {
  const t = c.tk[i];
  const r = root(ant.m);
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    name: r.name,
    code: r.code,
    sector: r.sector,
    cameo_code: r.cameo_code,
    kind: 'pronoun',
    head: i,
    first: i,
    last: i + 1,
    ref: r,
  };
}

const FIRST_PERSON = new Set(['i', 'we', 'us', 'me']);
const SAY_AFTER = /^\s*,?\s*(?:said|says|told|added|adds|declared|insisted|stressed|warned)\b/;
const SAY_BEFORE = /\b(?:said|says|told|added|declared|insisted|stressed|warned)(?:\s+\w+){0,2}\s*[:,]?\s*$/;

/** The quotation that holds character `at` within its paragraph: [open, close) offsets of its marks, or null. */
function quoteAround(text: string, at: number): { open: number; close: number } | null {
  let p0 = text.lastIndexOf('\n\n', at);
  p0 = p0 < 0 ? 0 : p0;
  let p1 = text.indexOf('\n\n', at);
  p1 = p1 < 0 ? text.length : p1;
  let open = -1;
  let straight = 0;
  for (let k = p0; k < at; k++) {
    const ch = text[k];
    if (ch === '“') open = k;
    else if (ch === '”') open = -1;
    else if (ch === '"') {
      straight++;
      open = straight % 2 === 1 ? k : -1;
    }
  }
  if (open < 0) return null;
  const closeMark = text[open] === '“' ? '”' : '"';
  const close = text.indexOf(closeMark, at);
  if (close < 0 || close > p1) return null;
  return { open, close };
}

/**
 * "“... we demand talks ...,” said Ishengul Boldzhurova": first-person pronouns inside a
 * quotation are its speaker, named after the closing mark ("said X", "X said") or before the
 * opening one ("X said: “...”").
 */
export function quoteSpeakers(c: Ctx, all: Info[]): Info[] {
  const text = c.doc.text;
  const out: Info[] = [];
  const byStart = [...all].filter((x) => x.m.kind !== 'pronoun').sort((a, b) => a.m.start - b.m.start);
  for (let i = 0; i < c.tk.length; i++) {
    const t = c.tk[i];
    if (t.pos !== 'PRON' || !FIRST_PERSON.has(t.lower)) continue;
    const q = quoteAround(text, t.start);
    if (!q) continue;
    let speaker: Info | undefined;
    const after = text.slice(q.close + 1, q.close + 80);
    const say = SAY_AFTER.exec(after);
    if (say) {
      const from = q.close + 1 + say[0].length;
      speaker = byStart.find((x) => x.m.start >= from && x.m.start - from <= 3);
    } else {
      // "”, Boldzhurova said" / "” Boldzhurova said"
      // (or a pronoun that stands for someone named before: '"We have made clear ... that we will not allow it," he said')
      const from = q.close + 1;
      const x = byStart.find((m) => m.m.start >= from && m.m.start - from <= 3) ?? all.find((m) => m.m.kind === 'pronoun' && !!m.m.ref && m.m.start >= from && m.m.start - from <= 3);
      if (x && /^\s*(?:said|says|told|added)\b/.test(text.slice(x.m.end, x.m.end + 12))) speaker = x.m.kind === 'pronoun' ? byStart.find((y) => y.m.start === x.m.ref!.start && y.m.end === x.m.ref!.end) : x;
    }
    if (!speaker) {
      const before = text.slice(Math.max(0, q.open - 80), q.open);
      const sb = SAY_BEFORE.exec(before);
      if (sb) {
        const verbAt = q.open - before.length + sb.index;
        speaker = [...byStart].reverse().find((x) => x.m.end <= verbAt && verbAt - x.m.end <= 3);
      }
    }
    if (!speaker) continue;
    out.push(info(c, pronounMention(c, i, speaker), { codeFrom: 'ref', plural: t.lower === 'we' || t.lower === 'us', title: speaker.title, org: speaker.org }));
  }
  return out;
}

/** "The opposition Nepali Congress ... Its leader": a title owned by "its"/"their" takes its owner's side. */
/** heads for the men under someone's command ("his men", "her officers") */
const COMMANDED = new Set(['men', 'officers', 'forces', 'boys', 'guards', 'fighters']);

/** heads for the people who follow someone ("his supporters", "her loyalists") */
const FOLLOWING = new Set(['supporters', 'loyalists', 'followers', 'partisans']);

/** heads for a body's own people ("its personnel", "their members") */
const MEMBERS = new Set(['personnel', 'members', 'staff', 'ranks', 'cadres', 'men']);

/** the words a story names an armed group, a party or a movement by again: "the group's leader" */
const BODY_WORDS = new Set(['group', 'movement', 'organisation', 'organization', 'militia', 'party', 'faction', 'alliance', 'coalition', 'front']);

/**
 * "Movement for Democratic Change (MDC) leader Morgan Tsvangirai": a title right after a body's name and its initials in brackets is
 * that body's office, as "MDC leader Morgan Tsvangirai" is; not the state's by the title alone.
 */
export function bodyBefore(c: Ctx, x: Info): void {
  if (!x.title || x.m.kind !== 'person' || c.tk[x.m.first - 1]?.text !== ')') return;
  const prev = c.prior[c.prior.length - 1];
  // (the initials inside the body's mention, or right after it)
  const k = prev?.m.last ?? -1;
  const adjacent = k === x.m.first || (c.tk[k]?.text === '(' && c.tk[k + 2]?.text === ')' && k + 3 === x.m.first);
  if (!prev || !adjacent || !(prev.m.kind === 'org' || prev.collective || prev.groupish)) return;
  const r = root(prev.m);
  if (r.sector === x.m.sector) return;
  // (a body of no kind we know leaves its officer's side unknown, not the government's: "National Super Alliance (Nasa) leader")
  x.m.sector = r.sector ?? null;
  if (r.code && (!x.m.code || x.codeFrom === 'main' || x.codeFrom === null)) {
    x.m.code = r.code;
    x.codeFrom = 'ref';
  }
  x.m.cameo_code = cameoOf(x.m.code, x.m.sector, prev.org);
}

/** words that give a second name to one named before ("known as", "nicknamed", "dubbed") */
const ALIAS_CUES = new Set(['nicknamed', 'dubbed', 'alias', 'aka']);

/**
 * 'Felipe Quispe, leader of the peasant confederation, who is known as "El Mallku," called the deaths a massacre. He warned':
 * a name given as another's nickname is that person, and "he" after it is too.
 */
export function alias(c: Ctx, x: Info): void {
  if (x.m.kind !== 'person' || !x.named) return;
  let k = x.m.first - 1;
  while (k > 0 && QUOTE_MARKS.has(c.tk[k].text)) k--;
  const cue = c.tk[k];
  if (!cue || !(ALIAS_CUES.has(cue.lower) || (cue.lower === 'as' && (c.tk[k - 1]?.lower === 'known' || c.tk[k - 1]?.lower === 'called')))) return;
  const ant = findBack(c, k, 0, (q) => q !== x && q.m.kind === 'person' && q.named);
  if (ant) adopt(x, ant);
}
const QUOTE_MARKS = new Set(['"', '“', '‘', "'"]);

export function possessor(c: Ctx, x: Info): void {
  // ("A senior police officer said ... his men had used tear gas only after ...": a commander's men are of his force)
  // (a body's men too: "The gendarmerie command denied this, saying its men had fired warning shots")
  const bodyMen = c.tk[x.m.first - 1]?.lower === 'its';
  if (x.m.kind !== 'pronoun' && COMMANDED.has(c.tk[x.m.head]?.lower ?? '') && x.m.first === x.m.head && (bodyMen || /^(?:his|her)$/.test(c.tk[x.m.first - 1]?.lower ?? ''))) {
    // (the nearest one person told before, whose sector is known: "a senior police officer", "he")
    // (not the journalist told: "the commander told this reporter that his men fired tear gas")
    const ant = findBack(c, x.m.first - 1, bodyMen ? 1 : 2, (q) => !q.plural && (bodyMen ? q.m.kind !== 'person' && q.m.kind !== 'pronoun' : !q.collective && (q.m.kind === 'person' || q.m.kind === 'pronoun' || q.m.kind === 'group' || !!q.title)) &&
      !!root(q.m).sector && root(q.m).sector !== 'MED');
    const r = ant ? root(ant.m) : null;
    if (r?.sector && ARMED_FORCE_SECTORS.has(r.sector)) {
      x.m.sector = r.sector;
      if (r.code) x.m.code = r.code;
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, null);
    }
    return;
  }
  // ("Antonio Guterres urged all sides to show restraint, and his spokesman said": one who speaks or acts for a person is of that person's
  // body, as "a special envoy of X" is)
  if (x.m.kind !== 'pronoun' && !x.plural && x.m.first === x.m.head && c.lx.agentsOf.has(c.tk[x.m.head]?.lemma ?? '') && /^(?:his|her)$/.test(c.tk[x.m.first - 1]?.lower ?? '')) {
    // (or one person named by a noun: "The main opposition candidate ... His spokesman, Kodjo Amegavi, accused")
    const ant = findBack(c, x.m.first - 1, 1, (q) => !q.plural && !q.collective && (q.m.kind === 'person' || (q.m.kind === 'pronoun' && root(q.m).kind === 'person') || (q.m.kind === 'group' && !q.groupish && !c.lx.units.has(c.tk[q.m.head]?.lemma ?? ''))) &&
      !!root(q.m).sector);
    const r = ant ? root(ant.m) : null;
    if (r) {
      if (r.code) {
        x.m.code = r.code;
        x.codeFrom = 'ref';
      }
      x.m.sector = r.sector;
      x.weak = false;
      x.m.cameo_code = r.cameo_code ?? cameoOf(x.m.code, x.m.sector, null);
    }
    return;
  }
  // ("Opposition leader Raila Odinga was arrested ... His supporters marched": a leader's followers outside the state are of his
  // sector, as "supporters of opposition leader X" are; a president's are civilians, and keep their own coding)
  // ("The ruling Zanu-PF party ... says its own supporters have been attacked": a body's followers are of its side, a ruling party's
  // of that party)
  const ownBefore = c.tk[x.m.first - 1]?.lower === 'own' ? c.tk[x.m.first - 2]?.lower : c.tk[x.m.first - 1]?.lower;
  const bodys = ownBefore === 'its' || ownBefore === 'their';
  if (x.m.kind !== 'pronoun' && !x.title && FOLLOWING.has(c.tk[x.m.head]?.lower ?? '') && x.m.first === x.m.head && (bodys || ownBefore === 'his' || ownBefore === 'her')) {
    // ("Opposition officials said at least 30 of their supporters had been arrested": the people the subject of the sentence are of,
    // told in the plural)
    const ant = bodys
      ? findBack(c, x.m.first - 1, 1, (q) => (q.collective || q.groupish || q.m.kind === 'org' || (ownBefore === 'their' && q.plural && q.m.kind === 'group' && q.sent === c.tk[x.m.first].sent && !afterVerb(c, q) && !afterPreposition(c, q))) &&
        q.m.kind !== 'pronoun' && q.m.kind !== 'person' && !!root(q.m).sector)
      : findBack(c, x.m.first - 1, 2, (q) => !q.plural && !q.collective && (q.m.kind === 'person' || q.m.kind === 'pronoun' || !!q.title) && !!root(q.m).sector);
    const r = ant ? root(ant.m) : null;
    const party = bodys && !!ant && /^part(?:y|ies)$/.test(c.tk[ant.m.head]?.lower ?? '');
    const sector = r?.sector === 'GOV' && party ? 'PTY' : r?.sector;
    // (nor a former office holder's, who are no elites themselves)
    if (r && sector && !STATE_SECTORS.has(sector) && sector !== 'ELI') {
      x.m.sector = sector;
      if (r.code) {
        x.m.code = r.code;
        x.codeFrom = 'ref';
      }
      x.weak = false;
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, null);
    }
    return;
  }
  // ("South Africa says its troops entered Lesotho", "the rebels said their fighters ...": a state's or body's own forces are
  // of its country, whatever country the story is in)
  const own = c.tk[x.m.first - 1]?.lower;
  if (x.m.kind !== 'pronoun' && !x.title && x.m.first === x.m.head && (own === 'its' || own === 'their') && !!x.m.sector && ARMED_FORCE_SECTORS.has(x.m.sector) &&
    (x.codeFrom === 'main' || x.codeFrom === null)) {
    const ant = findBack(c, x.m.first - 1, 0, (q) => (q.m.kind === 'country' || q.m.kind === 'org' || q.collective) && q.m.kind !== 'pronoun' && q.m.kind !== 'person' && !!root(q.m).code);
    const code = ant ? root(ant.m).code : null;
    if (code) {
      x.m.code = code;
      x.codeFrom = 'ref';
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, null);
    }
    return;
  }
  // ("Hezbollah fired rockets ... The group's leader, Hassan Nasrallah": the group named so is the last armed group, party or movement
  // told, and its leader is of it)
  if (x.title && x.m.kind !== 'pronoun' && c.tk[x.m.first - 1]?.lower === 'the' && BODY_WORDS.has(c.tk[x.m.first]?.lower ?? '') && /^(?:'s|’s)$/.test(c.tk[x.m.first + 1]?.text ?? '')) {
    const ant = findBack(c, x.m.first - 1, 2, (q) => (q.m.kind === 'org' || q.collective) && q.m.kind !== 'pronoun' && !!root(q.m).sector && !STATE_SECTORS.has(root(q.m).sector!));
    if (ant) {
      const r = root(ant.m);
      x.m.sector = r.sector;
      if (r.code) {
        x.m.code = r.code;
        x.codeFrom = 'ref';
        x.m.codeFromArticle = false;
      }
      x.weak = false;
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, ant.org);
      return;
    }
  }
  // ("the police said six of its personnel were killed": a body's own members are of its side)
  const members = !x.title && x.m.kind !== 'pronoun' && x.m.first === x.m.head && MEMBERS.has(c.tk[x.m.head]?.lower ?? '');
  if ((!x.title && !members) || x.m.kind === 'pronoun') return;
  const p = c.tk[x.m.first - 1];
  if (!p || (p.lower !== 'its' && p.lower !== 'their')) return;
  // (a body's members only of a body told in their own sentence: "The union said 20 of its members ..." is not of the
  // police named the sentence before when "union" is no actor)
  // (and a group's, "Rebels said their men had withdrawn")
  const ant = findBack(c, x.m.first - 1, members ? 0 : 2, (q) => (q.collective || q.m.kind === 'org' || q.m.kind === 'country' || (members && p.lower === 'their' && q.plural && q.m.kind === 'group')) &&
    q.m.kind !== 'pronoun' && q.m.kind !== 'person');
  if (!ant) return;
  const r = root(ant.m);
  if (r.sector) x.m.sector = r.sector;
  if (r.code && (!x.m.code || x.codeFrom === 'main' || x.codeFrom === null)) {
    x.m.code = r.code;
    x.codeFrom = 'ref';
  }
  x.weak = false;
  x.m.cameo_code = cameoOf(x.m.code, x.m.sector, ant.org);
}
