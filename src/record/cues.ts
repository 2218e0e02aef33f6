/**
 * ACLED's protest sub-types depend on who was violent (data/lexicon/acled-cues.json): a crowd
 * that throws stones, clashes with police or burns property is a riot even when the police
 * intervene; severe or lethal force against a peaceful crowd is excessive force.
 * Every expression is an alternation of fixed words with bounded gaps: no catastrophic backtracking.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../code/lexicon.js';

interface CueFile {
  captives: string[];
  withdrawn_things: string[];
  boycotted_duties: string[];
  civil_agreement_topics: string[];
  conflict_agreement_words: string[];
  explicit_riot: string[];
  dispersal_verbs: string[];
  communal_words: string[];
  political_crowds: string[];
  suicide_cues: string[];
  agreement_objects: string[];
  aid_missions: string[];
  weapon_objects: string[];
  seized_property: string[];
  armed_objects: string[];
  heavy_weapons: string[];
  remote_explosives: string[];
  unexploded_ordnance: string[];
  protest_words: string[];
  riot: string[];
  riot_units: string[];
  thrown_verbs: string[];
  thrown_objects: string[];
  armed_with: string[];
  crowd_words: string[];
  clash_words: string[];
  state_violence: string[];
  at_protest_links: string[];
  crowd_attacks: string[];
}

const F = JSON.parse(readFileSync(dataFile('acled-cues.json'), 'utf8')) as CueFile;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (xs: string[]) => `(?:${[...xs].sort((a, b) => b.length - a.length).map(esc).join('|')})`;

// ("riot police", "in riot gear": the police's kit, neither a riot nor a protest)
const KIT = `(?!(?<=\\briot)[\\s-]+${alt(F.riot_units)}\\b)`;
const RIOT_WORDS = new RegExp(`(?<!non-|non |anti-)\\b${alt(F.riot)}\\b${KIT}`, 'i');
// ("pelted the police station with stones": the target may stand between)
const THROWN = new RegExp(`\\b${alt(F.thrown_verbs)}(?:\\s+[\\w-]+){0,4}?\\s+${alt(F.thrown_objects)}\\b`, 'i');
const ARMED_WITH = new RegExp(`\\barmed\\s+with(?:\\s+[\\w-]+){0,2}?\\s+${alt(F.armed_with)}\\b`, 'i');
const CROWD_CLASH = new RegExp(
  `\\b${alt(F.crowd_words)}(?:\\s+[\\w,'’-]+){0,4}?\\s+${alt(F.clash_words)}\\b|\\b${alt(F.clash_words)}(?:\\s+[\\w,'’-]+){0,6}?\\s+${alt(F.crowd_words)}\\b`,
  'i',
);
// (not across "and" — "dispersed the crowd and stormed" — nor a passive: "protesters were attacked")
const CROWD_ATTACK = new RegExp(`\\b${alt(F.crowd_words)}(?:\\s+(?!(?:and|were|was|been|being|are|is|get|got|said|say|says|told|police|policemen|troops|soldiers|army|forces)\\b)[\\w,'’-]+){0,4}?\\s+${alt(F.crowd_attacks)}\\b`, 'i');
const STATE_VIOLENCE = new RegExp(`\\b${alt(F.state_violence)}\\b`, 'i');

/** prisoners, hostages, detainees: people whose release is an agreement (in the recipient, or right after the trigger) */
export const CAPTIVES = new RegExp(`\\b${alt(F.captives)}\\b`, 'i');
export const CIVIL_AGREEMENT = new RegExp(`\\b${alt(F.civil_agreement_topics)}\\b`, 'i');
export const CONFLICT_AGREEMENT = new RegExp(`\\b${alt(F.conflict_agreement_words)}\\b`, 'i');
export const WITHDRAWN_THING = new RegExp(`^\\s+(?:(?:the|a|an|his|her|its|their|all)\\s+)?(?:[\\w'’-]+\\s+){0,2}?${alt(F.withdrawn_things)}\\b`, 'i');
/** "boycotted classes", "boycotted the courts" (text after the trigger): one's own work refused */
export const BOYCOTTED_DUTY = new RegExp(`^\\s+(?:(?:the|their|his|her|its|all)\\s+)?(?:[\\w'’-]+\\s+){0,2}?${alt(F.boycotted_duties)}\\b`, 'i');
export const CAPTIVES_OBJECT = new RegExp(`^\\s+(?:[\\w,'’-]+\\s+){0,5}?${alt(F.captives)}\\b`, 'i');

/** "agreed to a ceasefire", "agreed on a prisoner swap" (text after the trigger) */
export const AGREEMENT_OBJECT = new RegExp(`^\\s+(?:(?:to|on|upon)\\s+)?(?:(?!that\\b)[\\w'’-]+\\s+){0,3}?${alt(F.agreement_objects)}\\b`, 'i');

/** the bomber died with the bomb: "suicide", "explosive vest", "blew himself up" */
export const SUICIDE = new RegExp(`\\b${alt(F.suicide_cues)}\\b`, 'i');

/** an actor phrase whose head is a crowd: "several hundred supporters", "a mob", "angry youths" */
export const CROWD_HEAD = new RegExp(`\\b${alt(F.crowd_words)}$`, 'i');
/** a crowd named anywhere in the text: "houses were torched by mobs" */
export const CROWD_WORD = new RegExp(`\\b${alt(F.crowd_words)}\\b`, 'i');

/** a crowd political by name ("supporters", "students"): its violence is a violent demonstration */
export const POLITICAL_CROWD = new RegExp(`\\b${alt(F.political_crowds)}$`, 'i');

/** hurt by what a crowd throws: "injured by stones", "hit by rocks", "struck with bricks" */
export const HURT_BY_THROWN = new RegExp(`\\b(?:hit|injured|hurt|wounded|struck|pelted)\\s+(?:\\w+\\s+){0,2}?(?:by|with)\\s+(?:flying\\s+|thrown\\s+)?${alt(F.thrown_objects)}\\b`, 'i');

/** fighting with crude weapons: "fought with machetes and clubs", "using bamboo sticks" */
export const CRUDE_WEAPONS = new RegExp(`\\b(?:with|using|wielding|armed\\s+with)(?:\\s+[\\w-]+){0,2}?\\s+${alt(F.armed_with)}\\b`, 'i');

/** violence along ethnic, tribal or religious lines ("gangs attacked rival ethnic groups") */
export const COMMUNAL = new RegExp(`\\b${alt(F.communal_words)}\\b`, 'i');

/** a riot named outright: "went on a rampage", "rioting broke out" */
export const EXPLICIT_RIOT = new RegExp(`\\b${alt(F.explicit_riot)}\\b${KIT}`, 'i');
/** the state ending a protest: "broke up a sit-in", "dispersed the protesters" */
export const DISPERSED_PROTEST = new RegExp(`\\b${alt(F.dispersal_verbs)}(?:\\s+[\\w'’-]+){0,3}?\\s+${alt(F.protest_words)}\\b${KIT}`, 'i');

/** peacekeepers, observers and rescue teams: deployments that are aid */
export const AID_MISSION = new RegExp(`\\b${alt(F.aid_missions)}\\b`, 'i');
/** the object right after "destroyed"/"seized" is weapons (text after the trigger) */
/** property an armed group takes, not ground: "seized a logging truck" (acled-cues.json seized_property) */
export const SEIZED_PROPERTY = new RegExp(`\\b${alt(F.seized_property)}\\b`, 'i');
export const WEAPON_OBJECT = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,4}?${alt(F.weapon_objects)}\\b`, 'i');
/** the object right after an attack verb is armed (text after the trigger) */
export const ARMED_OBJECT = new RegExp(`^(?:\\s+(?:and|or)\\s+\\w+)?\\s+(?:[\\w-]+\\s+){0,3}?${alt(F.armed_objects)}\\b`, 'i');
export const HEAVY = new RegExp(`\\b${alt(F.heavy_weapons)}\\b`, 'i');
export const REMOTE_EXPLOSIVES = new RegExp(`\\b${alt(F.remote_explosives)}\\b`, 'i');
export const UNEXPLODED = new RegExp(`\\b${alt(F.unexploded_ordnance)}\\b`, 'i');
export const PROTEST_WORDS = new RegExp(`\\b${alt(F.protest_words)}\\b${KIT}`, 'i');
/** a riot, looting or a protest is going on ("gangs looting in the riot": the gang is the crowd) */
export const RIOTING = new RegExp(`\\b(?:riots?|rioting|rioters|unrest|looting|protests?|demonstrations?)\\b${KIT}`, 'i');
/** the object right after a verb is a protest: "crushed the protest", "attacked a peaceful rally" */
// ("opened fire on a \"march of Christians\"": a march after an article or a possessive, not a month's day)
// ("opened fire on a blockade of the highway": a road blockade of people, not a naval one)
export const PROTEST_OBJECT = new RegExp(`^\\s+(?:[\\w'’-]+\\s+){0,5}?(?:${alt(F.protest_words)}\\b${KIT}|(?:a|an|the|their|its|his|her)\\s+(?:[\\w'’-]+\\s+){0,2}?["“]?march(?:es)?\\b(?!\\s*\\d)|(?:a|an|the|their)\\s+(?:road\\s+)?blockade\\s+(?:of|on)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:road|highway|motorway|bridge|railway|line|street|avenue)s?\\b)`, 'i');
/** text after an arrest that puts it at a protest: "while trying to hold demonstrations", "during a rally" */
export const AT_PROTEST = new RegExp(`^[^;]{0,40}?\\b${alt(F.at_protest_links)}(?:\\s+[\\w'’-]+){0,5}?\\s+${alt(F.protest_words)}\\b${KIT}`, 'i');

/** Did the crowd itself use violence or destroy property in this text? (The answer for the last text
 * asked is kept: every event of a sentence asks about the same sentence, and the patterns are long.) */
let violenceOf: string | null = null;
let violenceWas = false;
export function crowdViolence(text: string): boolean {
  if (text !== violenceOf) {
    violenceWas = crowdViolenceIn(text);
    violenceOf = text;
  }
  return violenceWas;
}

/** "burnt an effigy of the chief minister", "burning a flag": a protest's prop burnt, no property destroyed (ACLED: peaceful) */
const PROPS = "(?:effig(?:y|ies)|flags?|mock-?ups?|replicas?|portraits?|posters?|pictures?|photo(?:graph)?s?|cop(?:y|ies)|coffins?)";
const EFFIGY = new RegExp(`\\b(?:burn(?:t|ed|ing|s)?|torch(?:ed|es|ing)?|set\\s+(?:fire\\s+to|ablaze|alight|on\\s+fire))\\s+(?:[\\w'’-]+\\s+){0,3}?${PROPS}\\b|\\b${PROPS}\\s+(?:[\\w'’-]+\\s+){0,5}?(?:burnt|burned|torched|set\\s+(?:ablaze|alight|on\\s+fire))\\b`, 'gi');

/** the object after a burning is a protest's prop: "burning a flag", "burnt an effigy of the minister" */
export const PROP_OBJECT = new RegExp(`^\\s+(?:[\\w'’-]+\\s+){0,3}?${PROPS}\\b`, 'i');

/** the text says outright that nothing violent happened: "but no violence was reported", "the protest passed off peacefully" */
const NO_VIOLENCE = /\b(?:no\s+(?:violence|incidents?|clashes)\s+(?:was|were|has\s+been|have\s+been)\s+reported|without\s+(?:any\s+)?(?:violence|incident)|passed\s+off\s+peacefully|remained\s+peaceful)\b/i;

function crowdViolenceIn(text0: string): boolean {
  if (NO_VIOLENCE.test(text0)) return false;
  const text = EFFIGY.test(text0) ? text0.replace(EFFIGY, ' ') : text0;
  EFFIGY.lastIndex = 0;
  if (STATE_VIOLENCE.test(text) && !THROWN.test(text) && !ARMED_WITH.test(text) && !CROWD_CLASH.test(text) && !CROWD_ATTACK.test(text)) {
    // "violently suppressed a peaceful protest": the violence is the state's
    const t = text.replace(STATE_VIOLENCE, ' ');
    return RIOT_WORDS.test(t);
  }
  return RIOT_WORDS.test(text) || THROWN.test(text) || ARMED_WITH.test(text) || CROWD_CLASH.test(text) || CROWD_ATTACK.test(text);
}

/** Severe or lethal force by the state against a crowd. */
export function stateViolence(text: string): boolean {
  return STATE_VIOLENCE.test(text);
}
