/**
 * From a raw coded event to the record users see: PLOVER type/mode, CAMEO, ACLED type and
 * sub-type decided by the actors, confidence, stable id.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../code/lexicon.js';
import { sha1Hex } from '../text/hash.js';
import { CRAFT_FLIGHTS, DISASTER, MINE_PIT } from '../code/reality.js';
import type { ActorLike, RawEvent } from '../code/events.js';
import { NON_STATE_ARMED_SECTORS, type EventActor, type EventRecord } from '../types.js';
import { AGREEMENT_OBJECT, AID_MISSION, ARMED_OBJECT, AT_PROTEST, CAPTIVES, CAPTIVES_OBJECT, CIVIL_AGREEMENT, CONFLICT_AGREEMENT, WITHDRAWN_THING, BOYCOTTED_DUTY, COMMUNAL, CROWD_HEAD, CROWD_WORD, PROP_OBJECT, CRUDE_WEAPONS, HURT_BY_THROWN, DISPERSED_PROTEST, EXPLICIT_RIOT, HEAVY, POLITICAL_CROWD, PROTEST_OBJECT, PROTEST_WORDS, REMOTE_EXPLOSIVES, RIOTING, SUICIDE, UNEXPLODED, WEAPON_OBJECT, SEIZED_PROPERTY, crowdViolence, stateViolence } from './cues.js';

const ACLED = JSON.parse(readFileSync(dataFile('acled.json'), 'utf8')) as Record<string, [string, string] | string>;
const PLOVER = JSON.parse(readFileSync(dataFile('plover.json'), 'utf8')) as Record<string, [number, number] | string>;

const LAWYERS = /\b(?:lawyers|advocates|attorneys|barristers|solicitors)\b/i;
const ARMED = new Set(['MIL', 'COP', 'REB', 'UAF', 'SPY', 'CRM']);
const STATE = new Set(['MIL', 'COP', 'GOV', 'SPY', 'PRE', 'PRM', 'JUD']);
const CROWD = new Set(['PRO']);
/** who holds a strike of labour or a general strike: oppositions, parties, crowds, workers, students, traders */
const STRIKE_HOLDERS = new Set(['OPP', 'PTY', 'PRO', 'CVL', 'LAB', 'EDU', 'BUS', 'AGR', 'MED', 'HLH', 'JUD']);
/** sides that protest: force used to move them off ground is force on a crowd */
const PROTESTING_SIDES = new Set(['PRO', 'OPP', 'LAB', 'EDU', 'AGR']);
/** someone hurt: shots at no one, or over a crowd's heads, are no shooting unless these are told */
const HURT = /\b(?:killed|killing|wounded|wounding|injured|injuring|hit)\b/i;
/** words of shooting whose aim may be the air */
const SHOOTING_WORDS = new Set(['fire', 'shoot', 'firing', 'shooting']);
const IN_THE_AIR = /^\s+(?:[\w-]+\s+){0,3}?(?:in|into)\s+the\s+air\b/i;
/** people driven out of a country or a place as a people, not as envoys */
const DEPORTED = new Set(['CVL', 'REF', 'AGR', 'LAB', 'EDU', 'REL', 'PRO']);
/** sides that clash in words: office-holders, parties, courts, businesses, international bodies */
const WORDY_SIDES = new Set(['GOV', 'PRE', 'PRM', 'LEG', 'PTY', 'JUD', 'BUS', 'IGO', 'MED', 'ELI']);
const VIOLENCE_WORDS = /\b(?:killed|killing|dead|deadly|bloody|fatal|wounded|injured|hurt|shot|shooting|gunfire|fired|stones?|rocks|batons?|tear ?gas|weapons?|guns?|knives|arrested|fists|punches|troops|soldiers|police)\b/i;
/** fighting named by its communal kind: "communal clashes", "sectarian violence", "tribal fighting" */
const COMMUNAL_CLASHES = new RegExp(`${COMMUNAL.source}\\s+(?:clashes|violence|fighting|riots?|strife|feuds?)\\b`, 'i');
/** who holds ground that a withdrawal hands over: the state, its army and armed groups, not police or civilians */
const GROUND_HOLDERS = new Set(['GOV', 'MIL', 'REB', 'UAF', 'IMG', 'INS']);
/** what workers strike over: "striking over a proposed income tax", "on strike for higher wages" */
/** armed groups with no air force */
const GROUND_ARMED = new Set(['REB', 'UAF', 'IMG', 'CRM']);
/** a strike called, staged or observed is a stoppage ("call a general strike", "staged a 'dead city' strike") */
const CALLED_STRIKE = /\b(?:call|calls|called|calling|stage|stages|staged|staging|observe|observed|observing|join|joined|joining)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w"“”'’()-]+\s+){0,5}?(?<!(?:air|drone|missile|rocket|military|retaliatory|precision)\s)strikes?\b/i;
const GRIEVANCE_AFTER = /^\s*(?:over|for|against|demanding|to\s+demand|to\s+protest)\s+(?:[\w'’-]+\s+){0,4}?(?:pay|wages?|salar(?:y|ies)|tax(?:es)?|bonus(?:es)?|pensions?|allowances?|conditions|arrears|contracts?|benefits|hours|layoffs|dismissals?|privati[sz]ation|job\s+cuts)\b/i;
/** a raid told with deaths: "killed in a similar raid", "kill dozens in village raid" */
const RAID_KILLS = /\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|massacred?)\b/i;
/** the other side gave the ground up: "after the army withdrew", "without a fight", "handed over" */
const NO_FIGHT = /\b(?:without\s+(?:a|any)\s+(?:fight|shot|resistance|battle)|without\s+(?:fighting|resistance|firing)|withdr[ae]w|withdrawn|withdrawal|pull(?:ed|ing)?\s+out|abandon(?:ed|ing)?|vacat(?:ed|ing)|hand(?:ed|ing)?\s+over|peacefully)\b/i;
const NO_FIGHT_G = new RegExp(NO_FIGHT.source, 'gi');
/** fighting told in the same sentence: the ground was fought for */
const FIGHT_WORDS = /\b(?:fight(?:s|ing)?|fought|battles?|battling|clash(?:es|ed)?|offensive|assault|shelling|air\s*strikes?|killed|dead)\b/i;
const MOB = new Set(['CVL', 'SOC', 'REL']);
const ORGANISED_CIVILIANS = new Set(['OPP', 'PTY', 'EDU', 'LAB', 'AGR', 'REL', 'PRO']);
/** a strike named by the kind of stoppage it is */
const STOPPAGE_KINDS = /\b(?:general|civic|national|nationwide|hunger|transport|teachers'?|workers'?|doctors'?|labou?r|sit-down|wildcat)\s+strikes?\b/i;
const AIRCRAFT = /(?<!anti-)\b(aerial|warplanes?|war planes?|jets?|aircraft|helicopters?|gunships?|air force|air strikes?|airstrikes?|drones?|bombers)\b/i;
/** an aircraft told only flying (reality.json craft_flights): "with a helicopter hovering over the building" */
const ONLY_FLYING = new RegExp(`\\b(?:helicopters?|gunships?|drones?|aircraft|jets?|planes?)\\s+(?:was\\s+|were\\s+)?(?:${[...CRAFT_FLIGHTS].filter((w) => /^[a-z ]+$/.test(w)).join('|')})\\b`, 'gi');
/** what backs or escorts the ones who act ("backed by tanks and helicopters", "with air support"): not the act's own means */
const BACKED_BY = /\b(?:backed|supported|covered|escorted|accompanied|assisted)\s+by\s+(?:[\w-]+\s+){0,5}?(?:aircraft|helicopters?|gunships?|jets?|warplanes?|drones?|air\s+power)(?:\s+(?:aircraft|helicopters?|gunships?|jets?|drones?))?\b|\bwith\s+(?:the\s+)?(?:air|aerial|helicopter)\s+(?:support|cover)\b/gi;
const LIVE_ROUNDS = /\blive\s+(?:bullets?|rounds?|ammunition|fire)\b/i;
/** what one is struck by that is thrown, fired by hand or driven: "struck by a brick", "struck by a tear gas canister", "struck by a car" */
const STRUCK_BY = /^\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bricks?|stones?|rocks?|bottles?|bullets?|cars?|vehicles?|trucks?|canisters?|batons?|sticks?|projectiles?|pellets?)\b/i;
/** what a crowd throws, after the "by" of what hit: "hit in the head by a brick", "hit by rocks" */
const THROWN_BY = /^\s+(?:[\w-]+\s+){0,4}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:bricks?|stones?|rocks?|bottles?|projectiles?|objects?)\b/i;
/** a crowd's own clause told beside the state's act: "as crowds of students threw stones", "while protesters hurled rocks" */
const CROWD_MEANWHILE = /\b(?:as|while|when)\s+(?:[\w'’-]+\s+){0,4}?(?:crowds?|protesters|demonstrators|students|youths|rioters|mobs?|strikers|marchers)\b/i;
const NON_LETHAL = /\b(tear ?gas|teargas|cs gas|water cannons?|rubber bullets|plastic bullets|pepper|stun grenades|smoke grenades|concussion grenades|flash-?bang grenades|batons?)\b/i;
const VIOLENT = /\b(kill|killed|killing|wounded|wounding|targeted|targeting|warplanes?|jets?|carried out|launched|bomb|bombs|dead)\b/i;
/** a ship or boat: a water cannon turned on one is harassment at sea, not crowd control */
const VESSEL = /\b(?:ships?|vessels?|boats?|trawlers?|ferry|ferries|BRP|F\/B|MV|coast\s+guard)\b/i;
const ARMED_TARGET = /\b(forces|troops|soldiers|army|military|militia|militiamen|fighters|base|bases|positions?|checkpoints?|camps?|convoys?|patrols?|garrison|outposts?)\b/i;
/** A text with its "mines" read as pits when the sentence tells of mining ("set fire to trucks at the mine site",
 * "occupied the tin mines"), so that no weapon test takes them for landmines. */
function pitsNotMines(text: string, sentenceText: string): string {
  return MINE_PIT.test(sentenceText) ? text.replace(/\bmines?\b/gi, 'pit') : text;
}

const WEAPON_WORDS = /\b(weapons?|arms|ammunitions?|explosives?|rockets?|missiles?|drones?|cache|ieds?|bombs?|mines?|grenades?|guns?|pistols?|rifles?|firearms?|bullets|rounds|mortars?|rpgs?|devices?|detonators?)\b/i;
const UNKNOWN_DOERS = /\b(?:unidentified|unknown)\b/i;
const SAFE_DETONATION = /\b(?:safely\s+detonated|detonated\s+(?:it\s+|them\s+)?safely|controlled\s+(?:explosions?|detonations?))\b/i;
const DISRUPTED = /\b(found|recovered|seized|defused|discovered|dismantled|intercepted|confiscated|shot down|foiled|neutrali[sz]ed(?!\s+(?:[\w-]+\s+){0,2}?(?:militants|fighters|rebels|insurgents|terrorists|gunmen|jihadists|members|people|men|attackers))|unearthed|detonated safely)\b/i;

export function quadOf(event: string): number {
  const p = PLOVER[event];
  return Array.isArray(p) ? p[0] : 0;
}

/**
 * CAMEO's own quad class from a CAMEO code, in the five-way convention of the Phoenix and ConfliBERT
 * data: 0 statements and appeals (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08),
 * 3 verbal conflict (09-13 and 16, reducing relations: sanctions, aid suspended, envoys expelled),
 * 4 material conflict (14-15, 17-20). PLOVER's own quad (`quadOf`) keeps SANCTION in material conflict.
 */
export function cameoQuad(cameo: string): number {
  const root = Number(cameo.slice(0, 2));
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

export function scaleOf(event: string): number | null {
  const p = PLOVER[event];
  return Array.isArray(p) ? p[1] : null;
}

export function acledOf(code: string | null): { event_type: string; sub_event_type: string } | null {
  if (!code) return null;
  const a = ACLED[code];
  return Array.isArray(a) ? { event_type: a[0], sub_event_type: a[1] } : null;
}

export interface Decided {
  event: string;
  mode: string | null;
  cameo: string;
  acled: string | null;
}

const KILLED_IN_FIGHTING = /^\s+(?:in|during|amid)\s+(?:the\s+)?(?:heavy\s+|fierce\s+|renewed\s+)?(?:fighting|clashes|battles?|combat|gunfights?|firefights?|gun battles?)\b/i;
/** a participle of the toll after the act: ", killing a woman", ", wounding six" */
const CASUALTY_AFTER = /,\s+(?:killing|wounding|injuring|leaving)\b/i;
const FIRED_HEAVY = /^\s+(?:[\w,'’-]+\s+){0,4}?(?:rockets?|missiles?|mortars?|shells?|artillery|projectiles?)\b/i;

/**
 * Decide the final type with the actors in view: protesters storming or overrunning buildings
 * riot (PROTEST/riot, ACLED Violent demonstration); violence is a battle between armed
 * actors, an attack on civilians otherwise; seizing territory depends on who seizes it.
 */
/** workers named right after a strike word: "striking small-scale gold miners", "strike by teachers" */
const STRIKING_WORKERS = /^\s+(?:by\s+)?(?:[\w'’-]+\s+){0,3}?(?:workers|miners|teachers|doctors|nurses|drivers|truckers|employees|staff|dockers|dockworkers|unions?|unionists|labou?rers|farmers|lawyers|students|pilots)\b/i;

/** where people live, invaded: "invaded Ancha and Kpachudu, two neighbouring villages", "invaded their homes" */
const HOMES_INVADED = /^\s+(?:[\w'’,-]+\s+){0,8}?(?:villages?|homes?|houses?|hamlets?|settlements?|communit(?:y|ies)|compounds?|farms?|camps?)\b/i;

/** aircraft that carry people */
const MANNED_CRAFT = /\b(?:planes?|airplanes?|airliners?|jets?|aircraft|helicopters?|choppers?|gunships?)\b/i;

/** Does the sentence tell of weapons found, seized or defused (a word of disrupting with a weapon near it)? */
const DISRUPTED_ALL = new RegExp(DISRUPTED.source, 'gi');
/** weapons had, taken or moved, with the list they stand in: "carried off rifles, grenades and ammunition", "stole explosives" */
const HANDLED = /\b(?:carried\s+(?:off|away)|carrying\s+(?:off|away)|stole|stolen|looted|plundered|seized|captured|confiscated|found|discovered|recovered|uncovered|surrendered|collected|smuggled|bought|sold|stockpiled|hid|hidden|stashed|took|taken|grabbed|snatched|handed\s+over|made\s+off\s+with)\s+(?:[\w-]+,?\s+){0,8}?(?:grenades?|bombs?|explosives?|landmines?|mines|ammunition)\b(?:,?\s+(?:and\s+)?[\w-]+){0,3}/gi;
/** The text with what it tells of weapons as things blanked out: what is left names weapons used */
function weaponsInUse(text: string): string {
  return text.replace(HANDLED, (m) => ' '.repeat(m.length));
}

function disruptedWeapons(sentenceText: string): boolean {
  const re = DISRUPTED_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(sentenceText); m; m = re.exec(sentenceText)) {
    const near = sentenceText.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60);
    if (WEAPON_WORDS.test(near) || AIRCRAFT.test(near)) return true;
  }
  return false;
}

/** The clause text up to where a clause joined by ", and", ", while", ", but" or ";" after the trigger begins. */
/** the weapons a doer carries, told with them: "armed with automatic rifles and hunting guns", "wielding machetes" */
const CARRIED_WEAPONS = new RegExp(`\\b(?:heavily\\s+)?(?:armed|equipped)\\s+with\\s+(?:[\\w-]+,?\\s+){0,6}?${WEAPON_WORDS.source}(?:,?\\s+(?:and|or)\\s+(?:[\\w-]+\\s+){0,2}?${WEAPON_WORDS.source})*|\\b(?:wielding|brandishing|carrying)\\s+(?:[\\w-]+,?\\s+){0,4}?${WEAPON_WORDS.source}`, 'gi');
function ownClause(clauseText: string, after: string): string {
  if (!after) return clauseText;
  const cut = after.search(/,\s+(?:and|while|but|as)\s|;/);
  if (cut < 0) return clauseText;
  const at = clauseText.lastIndexOf(after.slice(0, Math.min(24, after.length)));
  return at >= 0 ? clauseText.slice(0, at + cut) : clauseText;
}

/** "a day after", "days after", "hours after": a clause of an earlier day opening */
const EARLIER_DAY = /\b(?:(?:a|one|two|three|four|five|six|seven|several|\d+)\s+)?(?:days?|hours?|weeks?|nights?)\s+after\s/gi;
/** The sentence from the last "a day after" before the act (whose text `after` follows), when the act is in such a clause. */
function earlierDayClause(sentenceText: string, after: string): string {
  const at = after ? sentenceText.lastIndexOf(after.slice(0, Math.min(24, after.length))) : -1;
  if (at < 0) return sentenceText;
  let from = -1;
  for (const m of sentenceText.matchAll(EARLIER_DAY)) if (m.index! < at) from = m.index!;
  return from >= 0 && !/[;]/.test(sentenceText.slice(from, at)) ? sentenceText.slice(from) : sentenceText;
}

/** A crowd blockading or besieging a place protests ("crowds besieged his office"); forces doing it restrict it */
const CROWD_CAN_BLOCK = new Set(['blockade', 'besiege', 'lay siege']);

export function decide(e: RawEvent, sentenceText: string, after = '', objectText = '', clauseText = sentenceText): Decided {
  const t = e.trigger;
  let event = t.event;
  let mode = t.mode;
  let cameo = t.cameo;
  let acled = t.acled;
  // lawyers coded JUD (CAMEO) are no court when they march or fight police: a crowd, for ACLED
  // (and "gangs of youths looted shops" in a night of rioting are rioters, not organised crime)
  // (and gangs fighting along ethnic lines are a mob, not organised crime: "gangs armed with machetes attacked rival ethnic groups")
  const as = (e.actor?.sector === 'JUD' && LAWYERS.test(e.actor.text)) || (e.actor?.sector === 'CRM' && RIOTING.test(sentenceText)) ? 'PRO' :
    e.actor?.sector === 'CRM' && COMMUNAL.test(sentenceText) ? 'CVL' :
    // ("unidentified men shot dead a shopkeeper": people nobody can name doing violence are, for ACLED, an unidentified armed group, not a mob)
    event === 'ASSAULT' && e.actor?.sector && MOB.has(e.actor.sector) && e.actor.kind !== 'person' && UNKNOWN_DOERS.test(e.actor.text) ? 'UAF' : e.actor?.sector ?? null;
  // peacekeepers, "military positions", "checkpoints": armed targets whatever their sector
  // ("attacked and overran several checkpoints": an armed target named as the object, though no actor)
  // ("attacked an African Union base": the recipient only names whose base it is; not "a protest camp", "a refugee camp")
  const owner = !!e.recipient && !!e.object && e.recipient.first >= e.object.first && e.recipient.last <= e.object.last && (e.recipient.sector === 'IGO' || e.recipient.sector === 'GOV');
  // ("an attack by militants on their base": the object read past who did it)
  // (not the passive's agent: "the protest camp was stormed by troops backed by armoured personnel carriers")
  const rs = (e.recipient && ARMED_TARGET.test(e.recipient.text)) || ((!e.recipient || owner) && ((!/^\s+by\s/i.test(after) && ARMED_OBJECT.test(after)) || (!!objectText && ARMED_OBJECT.test(' ' + objectText)))) ? 'MIL' : e.recipient?.sector ?? null;
  // ("a plane carrying President Habyarimana was shot down", "rebels shot down an army helicopter": an aircraft with people aboard
  // shot down is attacked, not a weapon intercepted, as a drone or a missile is)
  if (event === 'COERCE' && t.words[0] === 'shoot' && t.words[1] === 'down' && MANNED_CRAFT.test(objectText || sentenceText) && !/\b(?:drones?|missiles?|rockets?|uavs?)\b/i.test(objectText || sentenceText)) {
    event = 'ASSAULT';
    mode = null;
    cameo = '190';
    acled = 'auto';
  }
  // "gunmen kill dozens in village raid", "bandits raided the village": a raid by an armed group, or one that
  // kills, is an attack (a police raid on a house that finds nothing stays a search)
  if (event === 'COERCE' && t.words[0] === 'raid' && ((as && NON_STATE_ARMED_SECTORS.has(as)) || RAID_KILLS.test(sentenceText))) {
    event = 'ASSAULT';
    mode = null;
    cameo = '180';
    acled = 'auto';
  }
  // "the finance minister and the central bank governor clashed over interest rates": office-holders and parties
  // clashing with one another over a matter do it in words (CAMEO 111), unless the sentence tells of violence
  // (not crowds of a party: "rival party supporters clashed in the town")
  if (event === 'ASSAULT' && (t.words[0] === 'clash' || t.words[0] === 'spar') && as && WORDY_SIDES.has(as) && (!rs || WORDY_SIDES.has(rs)) && !VIOLENCE_WORDS.test(sentenceText) &&
    !CROWD_HEAD.test(e.actor?.text ?? '') && !CROWD_HEAD.test(e.recipient?.text ?? '')) {
    return { event: 'ACCUSE', mode: 'disapprove', cameo: '111', acled: null };
  }
  if ((event === 'ASSAULT' || (event === 'COERCE' && mode === 'seize')) && as && CROWD.has(as) && mode !== 'crowd-control' && acled !== 'MOB_VIOL') {
    // ACLED: a crowd's violence outside any demonstration ("an angry mob set him ablaze") is mob violence
    return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: PROTEST_WORDS.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL' };
  }
  // a crowd named by its head noun, whatever sector it was given ("several hundred supporters of the jailed
  // candidate attacked the commission's office"): a riot for ACLED, still an assault for PLOVER
  const crowdHead = (a: ActorLike | null, sector: string | null) => !!a && a.kind !== 'person' && !(sector && (ARMED.has(sector) || STATE.has(sector))) && CROWD_HEAD.test(a.text);
  // ("the two groups attacked each other with stones, clubs and sickles": people fighting people, no armed side named)
  const mutual = /^\s*(?:each other|one another)\b/i.test(after) && !(as && (ARMED.has(as) || STATE.has(as)));
  if (event === 'ASSAULT' && acled === 'auto' && mode !== 'sexual' && mode !== 'abduct' && (crowdHead(e.actor, as) || mutual)) {
    acled = PROTEST_WORDS.test(sentenceText) || (as && ORGANISED_CIVILIANS.has(as)) || POLITICAL_CROWD.test(e.actor?.text ?? '') ? 'VIOL_DEMONSTR' : 'MOB_VIOL';
  }
  // ("gunmen invaded two villages, killing seven": an invasion of civilians' homes is an attack on them, no battle)
  if (acled === 'ARMED_CLASH' && t.words[0] === 'invade' && !(rs && (ARMED.has(rs) || STATE.has(rs))) && (rs || HOMES_INVADED.test(after.slice(0, 90)))) acled = 'ATTACK';
  // a bomb found, a drone shot down, a cache seized: weapons use disrupted, not an attack
  // (said of weapons: not "another group seized the television station, and a car bomb exploded outside police headquarters")
  if (event === 'ASSAULT' && acled && ['REM_EXPLOS', 'GRENADE', 'ART_MISS_ATTACK', 'AIR_STRIKE'].includes(acled) && !e.verbal && disruptedWeapons(sentenceText)) {
    return { event: 'COERCE', mode: 'seize', cameo: '171', acled: 'DISR_WEAP' };
  }
  // "fired volleys into the air", "shot in the air to disperse them": shots at no one are a show of force (CAMEO 150), no attack
  // (shots in the air to disperse a crowd are force on the crowd: "FIRED INTO THE AIR TO DISPERSE THE CROWDS")
  // (", firing into the air as they went": the participle too)
  if (SHOOTING_WORDS.has(t.words[0]) && IN_THE_AIR.test(after) && !HURT.test(sentenceText) &&
    !/\b(?:disperse|dispersing|scatter|break up|protesters|demonstrators|crowds?|mob)\b/i.test(after)) {
    return { event: 'MOBILIZE', mode: 'weapons', cameo: '150', acled: null };
  }
  // ("fired warning shots into the air to scatter looters", "... before separating the crowds": shots over a crowd's heads to break it
  // up are crowd control)
  if (SHOOTING_WORDS.has(t.words[0]) && (IN_THE_AIR.test(after) || /^\s+warning\s+shots?\b/i.test(after)) && !HURT.test(sentenceText) && !/\bdead\b/i.test(sentenceText) &&
    /\b(?:disperse|dispersing|scatter|scattering|break up|breaking up|separate|separating)\b/i.test(after)) {
    mode = 'crowd-control';
    cameo = '175';
    if (acled === 'auto') acled = 'PROTEST_WITH_INTER';
  }
  // ("hurling tear gas and concussion grenades at the women": grenades that stun are crowd control, no explosive attack)
  if (acled === 'GRENADE' && /\b(?:stun|concussion|smoke|flash-?bang|sound)\s+(?:grenades?|bombs?)\b/i.test(sentenceText) && !/\b(?:hand|fragmentation|rocket-propelled)\s+grenades?\b/i.test(sentenceText)) {
    return { event: 'ASSAULT', mode: 'crowd-control', cameo: '175', acled: 'PROTEST_WITH_INTER' };
  }
  // "fired tear gas at protesters": crowd control, not shooting
  // (not when live rounds were fired too: "fired live bullets and tear gas" is shooting)
  // (and "fired at", "fired on": "Tear gas was fired at the crowd")
  if (t.words[0] === 'fire' && (t.words.length === 1 || /^(?:at|on|into)$/.test(t.words[1])) && NON_LETHAL.test(sentenceText) && !LIVE_ROUNDS.test(sentenceText)) {
    mode = 'crowd-control';
    if (acled === 'auto') acled = 'PROTEST_WITH_INTER';
  }
  // "fired dozens of rockets at Israeli cities", "fired mortar shells at the base": what was fired decides
  if (t.words[0] === 'fire' && t.words.length === 1 && acled === 'auto' && e.verbal && FIRED_HEAVY.test(after)) {
    if (e.actor && AIRCRAFT.test(e.actor.text)) return { event: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'AIR_STRIKE' };
    return { event: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', acled: 'ART_MISS_ATTACK' };
  }
  // ("a suicide car bomber rammed his vehicle into the gate, killing four soldiers")
  if ((acled === 'auto' || acled === 'REM_EXPLOS') && e.actor && /\bsuicide\b/i.test(e.actor.text)) {
    acled = 'SUIC_BOMB';
    mode = 'suicide-attack';
    cameo = '1831';
  }
  // ("Loyalist troops and mutinous soldiers fought for the broadcaster, with machine-gun fire and explosions heard": two armed
  // sides fighting are a battle, whatever was heard)
  // ("Rival gunmen fought with rocket-propelled grenades through the night, killing a woman": armed men fighting fight a battle,
  // whomever the fighting killed)
  const battle = !!as && ARMED.has(as) && (!rs || ARMED.has(rs) || CASUALTY_AFTER.test(after)) && /^(?:fight|clash|battle|skirmish)/.test(t.words[0]);
  if (acled === 'auto' && e.weapon && !battle) {
    acled = e.weapon.acled;
    mode = mode ?? e.weapon.mode;
  }
  // "a leftover mortar shell exploded, killing two children": war's remnants going off are remote explosives (ACLED)
  if ((acled === 'ART_MISS_ATTACK' || acled === 'GRENADE' || acled === 'AIR_STRIKE') && UNEXPLODED.test(sentenceText)) {
    acled = 'REM_EXPLOS';
    mode = 'explosives';
  }
  // ("a shell exploded inside a battalion position", "a rocket exploded near the base": what went off was fired, not planted)
  if (acled === 'REM_EXPLOS' && e.actor && HEAVY.test(e.actor.text) && !UNEXPLODED.test(sentenceText)) {
    acled = 'ART_MISS_ATTACK';
    mode = 'heavy-weapons';
  }
  // "soldiers detonated an IED found on the road": explosives the state found and set off are weapons use disrupted
  // ("a bomb disposal team safely detonated a landmine", "destroyed it in a controlled explosion": whoever did it)
  if ((acled === 'REM_EXPLOS' || acled === 'GRENADE') && ((as && STATE.has(as) && /\b(?:found|discovered|recovered|seized|defused|planted)\b/i.test(sentenceText)) || SAFE_DETONATION.test(sentenceText))) {
    return { event: 'COERCE', mode: 'seize', cameo: '171', acled: 'DISR_WEAP' };
  }
  // "a woman wearing an explosive vest detonated it": a suicide bombing
  if (acled === 'REM_EXPLOS' && SUICIDE.test(sentenceText)) {
    acled = 'SUIC_BOMB';
    mode = 'suicide-attack';
    cameo = '1831';
  }
  // ("helicopters fired rockets into the districts": fire from aircraft is an air strike whatever was fired)
  if (acled === 'ART_MISS_ATTACK' && e.actor && AIRCRAFT.test(e.actor.text)) {
    acled = 'AIR_STRIKE';
    mode = 'aerial';
    cameo = '195';
  }
  // ("FRENCH HELICOPTERS FIRED ON A MUTINEER POSITION": gunfire from aircraft is an air strike too)
  if ((acled === 'auto' || acled === 'ATTACK' || acled === 'ARMED_CLASH') && event === 'ASSAULT' && e.actor && AIRCRAFT.test(e.actor.text) && (mode === 'firearms' || t.words[0] === 'fire' || t.words[0] === 'open')) {
    acled = 'AIR_STRIKE';
    mode = 'aerial';
    cameo = '195';
  }
  // bombs dropped from the air are air strikes
  // (in the trigger's own clause: not "militants killed 27 in attacks on two villages, while the army said it killed dozens in air strikes")
  // (not aircraft that only back the ones who attacked: "troops backed by tanks and helicopters attacked the town")
  if ((acled === 'REM_EXPLOS' || acled === 'auto' || acled === 'ART_MISS_ATTACK') && AIRCRAFT.test(clauseText.replace(BACKED_BY, ' ').replace(ONLY_FLYING, ' ')) && /^(bomb|bombing|bombard|strike|raid|attack|missile|rocket)/.test(t.words[0])) {
    acled = 'AIR_STRIKE';
    mode = 'aerial';
  }
  // "troops expelled 300 villagers to Senegal": people without office driven out are deported (CAMEO 174), no relations cut
  if (event === 'SANCTION' && mode === 'expel' && rs && DEPORTED.has(rs) && e.recipient?.kind !== 'person') return { event: 'COERCE', mode: 'deport', cameo: '174', acled: null };
  // "troops expelled the militants from three villages": armed men driven out of places is ground taken, not a diplomatic expulsion
  if (event === 'SANCTION' && mode === 'expel' && as && ARMED.has(as) && rs && NON_STATE_ARMED_SECTORS.has(rs) && /^\s+(?:[\w,'’.-]+\s+){0,6}?from\b/i.test(after)) {
    return { event: 'COERCE', mode: 'seize', cameo: '192', acled: NON_STATE_ARMED_SECTORS.has(as) ? 'NON_STATE_ACTOR_OVERTAKES_TER' : 'GOV_REGAINS_TERIT' };
  }
  // rebels "occupying" a town hall are taking it, not sitting in
  if (event === 'PROTEST' && mode === 'obstruct' && t.words[0] === 'occupy' && (as === 'REB' || as === 'UAF' || as === 'MIL')) {
    return { event: 'COERCE', mode: 'seize', cameo: '192', acled: as === 'MIL' ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER' };
  }
  // "residents laid siege to the police station": a crowd besieging an office protests (a gherao); armies besiege
  if (event === 'COERCE' && mode === 'restrict' && t.words.includes('siege') && as && (CROWD.has(as) || ORGANISED_CIVILIANS.has(as) || as === 'CVL')) {
    return { event: 'PROTEST', mode: 'obstruct', cameo: '144', acled: 'PEACE_PROTEST' };
  }
  // "supporters of Morales blockaded the main road": a crowd blocking a road protests; armies blockade
  // (a crowd by its head noun before any "of": "supporters of the jailed leader")
  const crowdBefore = !!e.actor && e.actor.kind !== 'person' && CROWD_WORD.test(e.actor.text.split(/\s+of\s+/i)[0]) && !(as && ARMED.has(as));
  if (event === 'COERCE' && mode === 'restrict' && CROWD_CAN_BLOCK.has(t.words.join(' ')) && (crowdHead(e.actor, as) || crowdBefore || (as && CROWD.has(as)))) {
    return { event: 'PROTEST', mode: 'obstruct', cameo: '144', acled: 'PEACE_PROTEST' };
  }
  // destruction by warplanes or missiles is the strike itself; by a crowd at a protest, a riot
  // (a few people torching cars is still looting/property destruction)
  // ("burning a flag", "burnt a mock-up of a coast guard ship": a protest's prop, no property destroyed)
  if (acled === 'PROPERTY_DISTRUCT' && /^burn|^set|^torch/.test(t.words[0]) && PROP_OBJECT.test(after)) return { event: 'PROTEST', mode: 'demo', cameo: '141', acled: 'PEACE_PROTEST' };
  if (acled === 'PROPERTY_DISTRUCT') {
    // "destroyed dozens of heavy machine guns, rockets and IEDs", "air defences destroyed a drone":
    // weapons taken out of use (unless aircraft did it: "warplanes destroyed an arms depot")
    // ("set fire to trucks at the mine site": a pit, not a landmine)
    const weaponAfter = pitsNotMines(after, sentenceText);
    const weaponText = pitsNotMines(sentenceText, sentenceText);
    if (WEAPON_OBJECT.test(weaponAfter) && !(e.actor && AIRCRAFT.test(e.actor.text))) return { event: 'COERCE', mode: 'seize', cameo: '171', acled: 'DISR_WEAP' };
    // (in the act's own clause: not "set ablaze, and fires were started ..., whose staff had to be lifted off the roof by helicopter")
    if (AIRCRAFT.test(clauseText.replace(BACKED_BY, ' ').replace(ONLY_FLYING, ' '))) return { event: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'AIR_STRIKE' };
    if (HEAVY.test(sentenceText)) return { event: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', acled: 'ART_MISS_ATTACK' };
    // "a grenade damaged two houses", "the bomb destroyed the bridge": the explosion is the event
    // (not weapons carried off or found: "broke into an army barracks and carried off rifles, grenades and ammunition")
    const used = weaponsInUse(sentenceText);
    if (/\bgrenades?\b/i.test(used)) return { event: 'ASSAULT', mode: 'explosives', cameo: '183', acled: 'GRENADE' };
    if (REMOTE_EXPLOSIVES.test(weaponsInUse(weaponText))) return { event: 'ASSAULT', mode: 'explosives', cameo: '183', acled: 'REM_EXPLOS' };
    if (PROTEST_WORDS.test(sentenceText) && (!as || CROWD.has(as))) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
    if (as && CROWD.has(as)) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'MOB_VIOL' };
    // ("angry students went on a rampage, smashing vehicles and setting fire to the office": a riot named outright)
    // ("supporters of the detained cleric ransacked a police station": a crowd political by name destroying is rioting)
    if (crowdHead(e.actor, as) && POLITICAL_CROWD.test(e.actor?.text ?? '') && !(as && ARMED.has(as))) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
    if (crowdHead(e.actor, as) && EXPLICIT_RIOT.test(sentenceText)) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: PROTEST_WORDS.test(sentenceText) || POLITICAL_CROWD.test(e.actor?.text ?? '') ? 'VIOL_DEMONSTR' : 'MOB_VIOL' };
  }
  // "set fire to a house with a family inside, killing three children": destruction that kills is an attack
  // (workers, students or party supporters burning and killing as a group riot: "sacked oil workers set fire to the town hall")
  if (acled === 'PROPERTY_DISTRUCT' && (e.size.dead?.value ?? 0) > 0 && as && ORGANISED_CIVILIANS.has(as) && !MOB.has(as) && !e.actor?.one) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
  if (acled === 'PROPERTY_DISTRUCT' && (e.size.dead?.value ?? 0) > 0 && !(as && (CROWD.has(as) || STATE.has(as)))) return { event: 'ASSAULT', mode: 'destroy', cameo: '180', acled: as && MOB.has(as) ? 'MOB_VIOL' : 'ATTACK' };
  // vandalism with no crowd and no protest in sight is property destruction ("vandals smashed graves")
  if (event === 'PROTEST' && mode === 'vandalize' && !(as && CROWD.has(as)) && !PROTEST_WORDS.test(sentenceText)) {
    return { event: 'COERCE', mode: 'destroy', cameo: '1712', acled: 'PROPERTY_DISTRUCT' };
  }
  // "violent protests erupted", "protesters hurled rocks during the demonstration": a riot
  // (in the protest's own clause: not "residents gathered outside the town hall, and in Andijan ... thirty people burned tyres")
  // (and so by the whole sentence: not "blocked the road with burning tyres, but no violence was reported")
  if (event === 'PROTEST' && mode !== 'riot' && mode !== 'strike' && mode !== 'boycott' && crowdViolence(clauseText) && crowdViolence(sentenceText)) {
    return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
  }
  // ACLED: prisoners and hostages released are an agreement (a prisoner release), suspects let go are not
  // (not a crowd freeing them by force: "supporters ransacked a police station and freed several prisoners")
  if (event === 'RETREAT' && mode === 'release' && !acled && ((e.recipient && CAPTIVES.test(e.recipient.text)) || CAPTIVES_OBJECT.test(after)) &&
    !(as && (CROWD.has(as) || MOB.has(as))) && !crowdHead(e.actor, as)) acled = 'AGREEMENT';
  // "farmers blockaded the highway": people, not forces, blockading a road protest (troops blockading a town besiege it)
  if (event === 'COERCE' && t.words[0] === 'blockade' && e.verbal && as && !ARMED.has(as) && !STATE.has(as)) {
    return { event: 'PROTEST', mode: 'obstruct', cameo: '144', acled: 'PEACE_PROTEST' };
  }
  // "Iraq protested to Turkey over the bombardment": a state protesting complains officially, it does not demonstrate
  // ("We have protested to the Israeli side in the strongest terms": a protest lodged with someone is a complaint too)
  if (event === 'PROTEST' && e.verbal && t.words[0] === 'protest' && ((e.actor && (e.actor.kind === 'country' || as === 'GOV' || as === 'PRE' || as === 'IGO')) || /^\s+(?:strongly\s+)?to\s+(?:the\s+)?[\w-]/i.test(after))) {
    return { event: 'ACCUSE', mode: 'disapprove', cameo: '114', acled: null };
  }
  // "agreed to a ceasefire", "agreed on a prisoner swap": an agreement, for ACLED too
  if (event === 'AGREE' && !acled && t.words[0] === 'agree' && AGREEMENT_OBJECT.test(after)) {
    cameo = '057';
    acled = 'AGREEMENT';
  }
  // "agree with X that ...": an opinion shared (CAMEO 019); "agreed with the rebels on a ceasefire": an agreement
  if (t.cameo === '019' && /^\s+(?:[\w'’.-]+\s+){0,6}?(?:on|to)\s/i.test(after) && !/^\s+(?:[\w'’.-]+\s+){0,6}?that\b/i.test(after)) cameo = '030';
  // peacekeepers, election observers and rescue teams sent abroad are aid, not a show of force
  // (and troops sent to dig out snowbound cars or fight floods: disaster relief)
  // (not the source who tells of it: "KLA fighters who had taken up positions in the village, OSCE monitors watching from a
  // nearby hill said")
  const untold = e.attribution ? sentenceText.replace(e.attribution.text, ' ') : sentenceText;
  if (event === 'MOBILIZE' && (AID_MISSION.test(untold) || untold.toLowerCase().split(/[^a-z]+/).some((w) => DISASTER.has(w)))) return { event: 'AID', mode: null, cameo: /peacekeep/i.test(untold) ? '074' : '073', acled: null };
  // ("the man had been struck by a brick thrown by other protesters", "was struck by a car": hit by something thrown or
  // driven, no strike of labour and no air strike; who did it decides the ACLED type as for any assault)
  if (event === 'PROTEST' && t.words[0] === 'strike' && e.verbal && STRUCK_BY.test(after)) {
    event = 'ASSAULT';
    mode = null;
    cameo = '180';
    acled = 'auto';
  }
  // "strikes targeted army positions, killing 12": in a violent sentence a strike is an air strike
  // ("four suicide bombers struck", "a roadside bomb struck a convoy", "aircraft struck targets": the weapon named decides)
  // ("Israel strikes Gaza": a state or an armed group striking something named)
  const struckSomething = e.verbal && !!e.object && !!e.actor && (as === null || ARMED.has(as) || STATE.has(as));
  // (not a strike over pay or a tax, whoever strikes: "police officers striking over a proposed income tax clashed with soldiers")
  // (nor workers on strike: "talks with striking small-scale gold miners collapsed and a protester was killed")
  // (nor a strike called, staged or observed: "warning that it would call a 'ville morte' (dead city) strike in Bunia")
  // (nor a strike that began, went on or ended: "killed since the strike began on April 6" is a stoppage's span)
  const called = !e.verbal && (CALLED_STRIKE.test(sentenceText) || /^\s+(?:began|begins|started|starts|continued|continues|entered|enters|ended|ends|went on|goes on|was called|was called off)\b/i.test(after));
  // (nor a strike an opposition, a party, a crowd or a union holds, in a violent sentence with no aircraft: "Three dead as
  // opposition strike paralyses Bangladesh")
  // (nor a strike named by the kind of stoppage it is: "One dead as civic strike reaches coffee towns", "general strike")
  const heldStrike = (!!as && STRIKE_HOLDERS.has(as) && !e.verbal && !AIRCRAFT.test(sentenceText)) || (!e.verbal && STOPPAGE_KINDS.test(sentenceText) && !AIRCRAFT.test(sentenceText));
  // ("with strikes hitting an arms depot": strikes that hit something are weapons', whatever else the sentence tells)
  const strikesHit = !e.verbal && /^\s+(?:hit|hits|hitting|targeted|targeting|pounded|pounding|destroyed|destroying|flattened)\b/i.test(after);
  // (violence told in another clause, past a semicolon, is no sign: "Student killed in Barcelona protest; looting in El Tigre, transport
  // strike in Anaco")
  if (event === 'PROTEST' && t.words[0] === 'strike' && !GRIEVANCE_AFTER.test(after) && as !== 'LAB' && !STRIKING_WORKERS.test(after) && !called && !heldStrike && (VIOLENT.test(sentenceText.includes(';') ? clauseText : sentenceText) || AIRCRAFT.test(sentenceText) || (as !== null && ARMED.has(as)) || struckSomething || strikesHit)) {
    if (/\bsuicide\b/i.test(sentenceText)) return { event: 'ASSAULT', mode: 'suicide-attack', cameo: '1831', acled: 'SUIC_BOMB' };
    if (AIRCRAFT.test(sentenceText)) return { event: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'AIR_STRIKE' };
    if (REMOTE_EXPLOSIVES.test(sentenceText)) return { event: 'ASSAULT', mode: 'explosives', cameo: '183', acled: 'REM_EXPLOS' };
    if (/\bgrenades?\b/i.test(sentenceText)) return { event: 'ASSAULT', mode: 'explosives', cameo: '183', acled: 'GRENADE' };
    if (HEAVY.test(sentenceText)) return { event: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', acled: 'ART_MISS_ATTACK' };
    // ("the attackers struck the hamlets of Dhedja and Tsere, killing eight people": militias and gunmen strike on the
    // ground; with no aircraft named, their strike is an attack of whatever kind, not an air strike)
    if (!(e.verbal && as !== null && GROUND_ARMED.has(as))) return { event: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'AIR_STRIKE' };
    event = 'ASSAULT';
    mode = null;
    cameo = '190';
    acled = 'auto';
  }
  // ("several people sheltering there were hit by stray bullets": gunfire)
  if (event === 'ASSAULT' && acled === 'auto' && t.words[0] === 'hit' && /^\s+(?:[\w-]+\s+){0,4}?by\s+(?:[\w-]+\s+){0,2}?(?:bullets?|gunfire|gunshots?)\b/i.test(after)) {
    mode = 'firearms';
    cameo = '193';
  }
  if (acled === 'auto') {
    // ACLED: state force at a protest is an intervention; excessive force when lethal (see resolve)
    if (mode === 'crowd-control') acled = 'PROTEST_WITH_INTER';
    // ("a man drove his pickup truck into the counter-protesters": one person's violence on a protest is no riot; ACLED
    // counts violence on peaceful protesters by anyone as excessive force)
    else if (as && MOB.has(as) && e.actor?.one && rs && CROWD.has(rs)) acled = 'FORCE_AGAINST_PROTEST';
    // (civilians fighting at a riot or a protest: a violent demonstration)
    else if (as && MOB.has(as)) acled = PROTEST_WORDS.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL';
    // "a group of Turks attacked a rally": a people named by nationality, no armed group, is a mob
    else if (!as && e.actor && e.actor.kind === 'group' && e.actor.code && !e.actor.codeFromArticle && !e.actor.ref) acled = 'MOB_VIOL';
    // (a crowd by its head noun too: "opened fire on thousands of supporters of the exiled president")
    // (not a party's supporters killed where no protest is told: "86 of its supporters had been killed by militias" is an attack)
    else if (((rs && CROWD.has(rs)) || (crowdHead(e.recipient, rs) && POLITICAL_CROWD.test(e.recipient!.text) && (PROTEST_WORDS.test(sentenceText) || /\b(?:thousands|hundreds|dozens|scores|crowds?)\s+of\b/i.test(`${after.slice(0, 40)} ${e.recipient!.text}`)))) && as && STATE.has(as)) acled = mode === 'firearms' && !NON_LETHAL.test(sentenceText) ? 'FORCE_AGAINST_PROTEST' : 'PROTEST_WITH_INTER';
    else if (as && rs && ARMED.has(as) && ARMED.has(rs)) acled = 'ARMED_CLASH';
    // an attack on soldiers, police or fighters is a battle, unless a crowd or a mob made it
    // ("police crushed the protest", "troops attacked a peaceful rally": force used on the protest itself)
    // ("opened fire on thousands of black schoolchildren protesting against ...": students or workers at a protest too)
    else if ((!rs || rs === 'CVL' || rs === 'PRO' || ORGANISED_CIVILIANS.has(rs)) && as && STATE.has(as) && PROTEST_OBJECT.test(after)) acled = mode === 'firearms' && !NON_LETHAL.test(sentenceText) ? 'FORCE_AGAINST_PROTEST' : 'PROTEST_WITH_INTER';
    // (police or soldiers killed at a protest by no one named: the crowd's violence, a violent demonstration)
    else if (!as && rs && STATE.has(rs) && PROTEST_WORDS.test(sentenceText)) acled = 'VIOL_DEMONSTR';
    // ("several of them hit by rocks", "an officer was hit in the head by a brick": stones thrown by no one named are a crowd's)
    else if (!as && t.words[0] === 'hit' && THROWN_BY.test(after)) acled = PROTEST_WORDS.test(sentenceText) || /\b(?:loot|riot)/i.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL';
    else if (rs && ARMED.has(rs) && rs !== 'CRM' && !(as && (CROWD.has(as) || MOB.has(as)))) acled = 'ARMED_CLASH';
    // "57 people were killed in fighting in Ocosingo": the dead of a battle
    else if (!as && KILLED_IN_FIGHTING.test(after)) acled = 'ARMED_CLASH';
    else acled = 'ATTACK';
  }
  // ACLED: violence against civilians needs an organised armed perpetrator; unorganised civilians
  // (villagers, vigilantes, a crowd) attacking people is mob violence
  if (acled === 'ATTACK' && as && MOB.has(as) && mode !== 'sexual' && mode !== 'abduct') acled = 'MOB_VIOL';
  // "soldiers shot dead 12 people when they opened fire on a crowd of peaceful protesters": lethal force at a protest
  if (acled === 'ATTACK' && as && STATE.has(as) && (!rs || rs === 'CVL' || CROWD.has(rs)) && PROTEST_WORDS.test(sentenceText) && stateViolence(sentenceText) && !crowdViolence(sentenceText)) acled = 'FORCE_AGAINST_PROTEST';
  // (one man stabbing his wife is no mob, and no political violence ACLED records)
  if (acled === 'MOB_VIOL' && e.actor?.one) acled = null;
  // who takes the ground decides: the state regains it, anyone else overtakes it ("ISIS fighters recaptured the village")
  if (acled === 'GOV_REGAINS_TERIT' && as && NON_STATE_ARMED_SECTORS.has(as)) acled = 'NON_STATE_ACTOR_OVERTAKES_TER';
  // "captured three suspected militants", "seized two aid workers": people taken are arrested by
  // the state, abducted by anyone else (captured fighters are part of a battle); places are territory
  // "seized 300 peacekeepers as hostages", "took two engineers hostage": hostage-taking is abduction, whoever does it
  if (event === 'COERCE' && (mode === 'seize' || mode === 'arrest') && /^\s+(?:[\w,'’.-]+\s+){0,6}?(?:as\s+)?hostages?\b/i.test(after)) {
    return { event: 'ASSAULT', mode: 'abduct', cameo: '181', acled: 'ABDUCT_DISSAP' };
  }
  // ("four masked men picked her up in a microbus": people taken by gunmen, bandits or strangers are abducted, not arrested)
  if (event === 'COERCE' && mode === 'arrest' && as && (as === 'UAF' || as === 'REB' || as === 'CRM' || as === 'INS')) {
    return { event: 'ASSAULT', mode: 'abduct', cameo: '181', acled: 'ABDUCT_DISSAP' };
  }
  // ("The rebels are still holding Gen. Absalon Castellanos", "They held the ambassador": people held are the state's detainees,
  // anyone else's captives, soldiers too)
  if (event === 'COERCE' && mode === 'seize' && t.words.length === 1 && t.words[0] === 'hold') {
    return as && STATE.has(as) ? { event: 'COERCE', mode: 'arrest', cameo: '173', acled: 'ARREST' } : { event: 'ASSAULT', mode: 'abduct', cameo: '181', acled: 'ABDUCT_DISSAP' };
  }
  // (weapons told in another clause are not what was seized: "BOMB KILLS 4 IN COLOMBIAN CITY; REBELS SEIZE JUDGE")
  if (event === 'COERCE' && mode === 'seize' && (acled === 'seize' || t.cameo === '192') && !WEAPON_WORDS.test(clauseText) && e.objectPeople) {
    if (as && STATE.has(as)) return { event: 'COERCE', mode: 'arrest', cameo: '173', acled: 'ARREST' };
    if (rs && ARMED.has(rs)) return { event: 'ASSAULT', mode: null, cameo: '190', acled: 'ARMED_CLASH' };
    return { event: 'ASSAULT', mode: 'abduct', cameo: '181', acled: 'ABDUCT_DISSAP' };
  }
  // "three men intercepted as part of a smuggling investigation", "intercepted 40 migrants": no weapon, no weapons use disrupted
  if (acled === 'DISR_WEAP' && t.weak && !WEAPON_WORDS.test(sentenceText) && !AIRCRAFT.test(sentenceText)) {
    if ((e.objectPeople || e.passive) && as && STATE.has(as)) return { event: 'COERCE', mode: 'arrest', cameo: '173', acled: 'ARREST' };
    return { event, mode, cameo, acled: null };
  }
  // ("police cleared protesters from the square", "drove the villagers from their homes": people without arms moved
  // off ground is no ground won: force on a crowd, or no ACLED event)
  // (not a post or a base of theirs: "overran a post of the Volunteers for the Defence of the Homeland")
  if (event === 'COERCE' && mode === 'seize' && t.context === 'territory' && e.recipient && rs && !ARMED.has(rs) && !NON_STATE_ARMED_SECTORS.has(rs) && !STATE.has(rs) && rs !== 'IMG' &&
    !(objectText && ARMED_OBJECT.test(' ' + objectText)) && !ARMED_OBJECT.test(after)) {
    if (PROTESTING_SIDES.has(rs) && as && STATE.has(as)) return { event: 'ASSAULT', mode: 'crowd-control', cameo: '175', acled: 'PROTEST_WITH_INTER' };
    acled = null;
  }
  // ("customs officers confiscated a shipment of weapons", "impounded a truck loaded with explosives": weapons
  // taken, whatever verb took them; taking other things is no ACLED event)
  // (by the state: mutineers who "took dozens of M16 rifles" from the armoury disrupted nothing)
  if (event === 'COERCE' && mode === 'seize' && !acled && e.verbal && WEAPON_OBJECT.test(after) && as && STATE.has(as)) acled = 'DISR_WEAP';
  if (acled === 'seize') {
    // ("troops occupied the tin mines": pits, not landmines)
    // (arms taken by rebels or a crowd are looted, no weapons use disrupted: "Rebels seize arms as Albania's south slips away")
    if (WEAPON_WORDS.test(pitsNotMines(clauseText, sentenceText)) && as && !STATE.has(as) && (WEAPON_OBJECT.test(after) || WEAPON_WORDS.test(after.slice(0, 50)))) acled = 'PROPERTY_DISTRUCT';
    // (weapons of this clause, not of one joined after it: "another group seized the television station, and a car bomb exploded")
    // (not the weapons the takers carry: "supporters armed with automatic rifles took control of the palace")
    else if (WEAPON_WORDS.test(pitsNotMines(ownClause(clauseText, after), sentenceText).replace(CARRIED_WEAPONS, ' '))) acled = 'DISR_WEAP';
    // ("Government troops seized back the airport": ground taken by the state's forces)
    else if (as && STATE.has(as)) acled = t.context === 'territory' || t.cameo === '192' || (e.objectPlace && (as === 'MIL' || as === 'COP')) ? 'GOV_REGAINS_TERIT' : 'OTHER';
    // ("seized a logging truck": a thing taken, not ground, is property seized)
    else if (as && (as === 'REB' || as === 'UAF')) acled = t.context !== 'territory' && !e.objectPlace && SEIZED_PROPERTY.test(objectText) ? 'PROPERTY_DISTRUCT' : 'NON_STATE_ACTOR_OVERTAKES_TER';
    else acled = null;
  }
  // ACLED: a non-state actor overtakes ground "via violent interaction"; taken without fighting it is a
  // non-violent transfer ("rebels regained the town after the army withdrew", "entered the city without a fight").
  // (the state regaining ground is coded so either way)
  if (acled === 'NON_STATE_ACTOR_OVERTAKES_TER' && NO_FIGHT.test(sentenceText) && !FIGHT_WORDS.test(sentenceText.replace(NO_FIGHT_G, ''))) acled = 'NON_VIOL_TERRIT_TRANSFER';
  // "police clashed with protesters": a riot; "villagers clashed using sticks": mob violence
  // ("opposition activists clashed with police": party supporters, students or workers fighting the police riot)
  if (acled === 'ARMED_CLASH' && t.cameo === '190') {
    // (organised civilians: parties, students, workers, opposition — not "30 people" counted as victims)
    const unarmed = (x: string | null) => !!x && ORGANISED_CIVILIANS.has(x);
    if ((as && CROWD.has(as)) || (rs && CROWD.has(rs))) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
    // ("pickets were arrested after running battles with police": at a protest, the side not named against the police is the crowd)
    if (!as && rs && STATE.has(rs) && rs !== 'GOV' && PROTEST_WORDS.test(sentenceText)) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
    // ("Clashes were reported at Torbung, where houses were torched by mobs": clashes naming no side, among crowds)
    if (!as && !rs && CROWD_WORD.test(sentenceText)) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: PROTEST_WORDS.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL' };
    // ("communal clashes left 26 people dead": fighting along ethnic or religious lines with no armed or state side named)
    if (!(as && (ARMED.has(as) || STATE.has(as))) && !(rs && (ARMED.has(rs) || STATE.has(rs))) && COMMUNAL_CLASHES.test(sentenceText)) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'MOB_VIOL' };
    // ("supporters of the president set off street battles with anti-government protesters": crowds fighting crowds, no armed side)
    if (crowdHead(e.actor, as) && !as && (crowdHead(e.recipient, rs) || (rs && (CROWD.has(rs) || ORGANISED_CIVILIANS.has(rs))))) {
      return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: PROTEST_WORDS.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL' };
    }
    // ("youths clashed with police": a crowd by its head noun against the state's forces)
    if ((crowdHead(e.actor, as) && rs && STATE.has(rs)) || (crowdHead(e.recipient, rs) && as && STATE.has(as))) acled = 'VIOL_DEMONSTR';
    // ("traders protesting the demolition fought running battles with police": unarmed people at a protest)
    const civilian = (x: string | null) => !!x && !ARMED.has(x) && !STATE.has(x) && x !== 'IGO';
    if (PROTEST_WORDS.test(sentenceText) && ((civilian(as) && rs && STATE.has(rs) && rs !== 'GOV') || (civilian(rs) && as && STATE.has(as) && as !== 'GOV'))) acled = 'VIOL_DEMONSTR';
    if ((unarmed(as) && rs && STATE.has(rs) && rs !== 'GOV') || (unarmed(rs) && as && STATE.has(as) && as !== 'GOV')) return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
    // ("students demanding reform clashed with activists of the ruling party's student wing": no armed side
    // and no state; a riot, at a demonstration when the crowd is making a demand)
    if (acled === 'ARMED_CLASH' && as && rs && civilian(as) && civilian(rs) && (unarmed(as) || unarmed(rs))) {
      return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: PROTEST_WORDS.test(sentenceText) || /\bdemand(?:s|ed|ing)?\b/i.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL' };
    }
    // ("young people set up barricades and fought running battles with police": people with no arms fighting the state's
    // forces riot)
    if (as && MOB.has(as) && rs && STATE.has(rs) && rs !== 'GOV') return { event: 'PROTEST', mode: 'riot', cameo: '145', acled: acled === 'VIOL_DEMONSTR' || PROTEST_WORDS.test(sentenceText) || /\bbarricade/i.test(sentenceText) ? 'VIOL_DEMONSTR' : 'MOB_VIOL' };
    // (not two sides trading gunfire: "bodyguards of the two leaders exchanged fire" fought with guns, a clash)
    if (as && MOB.has(as) && (!rs || MOB.has(rs)) && mode !== 'firearms') acled = 'MOB_VIOL';
    // ("members of two rival communities fought with machetes and clubs": no armed group, crude weapons)
    else if (acled === 'ARMED_CLASH' && !(as && (ARMED.has(as) || STATE.has(as))) && !(rs && (ARMED.has(rs) || STATE.has(rs))) && CRUDE_WEAPONS.test(sentenceText)) acled = 'MOB_VIOL';
  }
  // ("several officers had been injured by stones", "several of them hit by rocks": the state's men hurt by what a crowd throws, by
  // no one named, were hurt in a riot)
  if (acled === 'ARMED_CLASH' && !as && (rs === 'COP' || rs === 'MIL') && event === 'ASSAULT' && HURT_BY_THROWN.test(sentenceText)) acled = 'VIOL_DEMONSTR';
  // clashes and battles where one side is plainly civilian are attacks on civilians
  // (not the dead counted of a battle: "57 people, including several policemen, were killed in fighting")
  if (acled === 'ARMED_CLASH' && rs && !ARMED.has(rs) && rs !== 'GOV' && event === 'ASSAULT' && t.cameo !== '190' && !(!as && KILLED_IN_FIGHTING.test(after))) acled = 'ATTACK';
  // arrests at a protest: ACLED records the protest, with intervention, not a separate arrest
  // ("activists were detained while trying to hold demonstrations"; not "arrested for organising a protest")
  // (protesters arrested are a protest broken up; an activist detained at the airport is an arrest)
  // ("broke up a sit-in by opposition supporters and detained 30 people": the arrests of a dispersal)
  if (event === 'COERCE' && mode === 'arrest' && ((((rs && CROWD.has(rs)) || crowdHead(e.recipient, rs)) && (PROTEST_WORDS.test(sentenceText) || /\bclash/i.test(sentenceText))) || ((!rs || !ARMED.has(rs)) && (AT_PROTEST.test(after) || DISPERSED_PROTEST.test(sentenceText))))) acled = 'PROTEST_WITH_INTER';
  // ("Police fired tear gas and then live ammunition as crowds of students threw stones": the state's force at no one named, while
  // the crowd of the sentence riots, is part of the riot)
  if (acled === 'ATTACK' && as && STATE.has(as) && !rs && (mode === 'firearms' || mode === 'crowd-control')) {
    const meanwhile = CROWD_MEANWHILE.exec(after);
    if (meanwhile && crowdViolence(after.slice(meanwhile.index))) acled = 'VIOL_DEMONSTR';
  }
  // ACLED: a crowd that fights back, throws stones or burns property riots, whatever the police do;
  // severe force against a peaceful crowd is excessive force
  // (an act told in a clause of its own earlier day reads only that clause: "Arsonists set fire to a television station ... a day
  // after soldiers opened fire on protesters at the Lekki toll gate")
  if (acled === 'PROTEST_WITH_INTER' || acled === 'FORCE_AGAINST_PROTEST') {
    const own = earlierDayClause(sentenceText, after);
    if (crowdViolence(own)) acled = 'VIOL_DEMONSTR';
    else if (acled === 'PROTEST_WITH_INTER' && stateViolence(own)) acled = 'FORCE_AGAINST_PROTEST';
  }
  // "students boycotted classes", "lawyers boycotted the courts": refusing one's own work is a protest, not a change of activity
  if (acled === 'CHANGE_TO_GROUP_ACT' && mode === 'boycott' && BOYCOTTED_DUTY.test(after)) acled = 'PEACE_PROTEST';
  // "withdrew the tax reform", "withdrew its ambassador": no ground changes hands
  // (a yielding, CAMEO 080, not a military retreat)
  if (acled === 'NON_VIOL_TERRIT_TRANSFER' && t.words[0] === 'withdraw' && WITHDRAWN_THING.test(after)) {
    acled = null;
    cameo = '080';
  }
  // ("Police, heavily outnumbered, retreated into the town's police station", "the mayor left the town": police or
  // civilians pulling back hand no ground over; armed forces and armed groups do)
  if (acled === 'NON_VIOL_TERRIT_TRANSFER' && mode === 'withdraw' && (as ?? rs) && !GROUND_HOLDERS.has((as ?? rs)!)) acled = null;
  // "they were handed over in the presence of UN officials", "handed over the suspects": people handed over are
  // released (CAMEO 0841), no ground changing hands
  if (acled === 'NON_VIOL_TERRIT_TRANSFER' && t.words.join(' ') === 'hand over' && e.recipient && e.recipient.kind !== 'country' && e.recipient.sector !== null &&
    !/\b(?:to|into)\s+(?:the\s+)?$/i.test(after.slice(0, Math.max(0, after.indexOf(e.recipient.text))))) {
    return { event: 'RETREAT', mode: 'release', cameo: '0841', acled: CAPTIVES.test(e.recipient.text) || CAPTIVES_OBJECT.test(after) ? 'AGREEMENT' : null };
  }
  // "a coast guard ship fired a water cannon at a fisheries vessel": with no crowd or protest in the sentence, harassment
  // at sea, no intervention at a protest (ACLED: Strategic developments, Other)
  if (acled === 'PROTEST_WITH_INTER' && mode === 'crowd-control' && !PROTEST_WORDS.test(sentenceText) && !CROWD_WORD.test(sentenceText) && !(rs && CROWD.has(rs)) &&
    !crowdHead(e.recipient, rs) && VESSEL.test((e.recipient?.text ?? '') + ' ' + after.slice(0, 60))) acled = 'OTHER';
  // ("officers broke into apartment buildings and took away young men": the state's forces breaking in raid, destroying nothing
  // ACLED records; what they do there, arrests or beatings, is coded on its own)
  if (acled === 'PROPERTY_DISTRUCT' && t.words.join(' ') === 'break into' && as && (as === 'COP' || as === 'MIL' || as === 'SPY')) return { event: 'COERCE', mode: 'seize', cameo: '171', acled: null };
  // ("Troops moved against the rebels in the hills": force used by the state on armed men is a battle, no intervention at a protest)
  if (event === 'ASSAULT' && mode === 'crowd-control' && as && STATE.has(as) && rs && NON_STATE_ARMED_SECTORS.has(rs)) return { event: 'ASSAULT', mode: null, cameo: '190', acled: 'ARMED_CLASH' };
  // ("rebels have blocked the main highway": a blockade by armed men is a protest to PLOVER, but no protest to ACLED, whose
  // protesters are civilians; a strategic move of theirs)
  if (acled === 'PEACE_PROTEST' && mode === 'obstruct' && as && (NON_STATE_ARMED_SECTORS.has(as) || as === 'MIL')) acled = 'OTHER';
  // "signed an agreement on trade and investment": an agreement ACLED does not record (not about conflict)
  if (acled === 'AGREEMENT' && CIVIL_AGREEMENT.test(after) && !CONFLICT_AGREEMENT.test(sentenceText) && !(as && (ARMED.has(as) || as === 'OPP'))) acled = null;
  return { event, mode, cameo, acled };
}

export function toActor(m: ActorLike | null): EventActor | null {
  if (!m) return null;
  return {
    entity_text: m.text,
    entity_name: m.name,
    code: m.code,
    sector: m.sector,
    cameo_code: m.cameo_code,
    start: m.start,
    end: m.end,
  };
}

export function eventId(articleId: string, start: number, end: number, event: string): string {
  return sha1Hex(`${articleId}\u0000${start}\u0000${end}\u0000${event}`).slice(0, 16);
}

/** Confidence from the evidence the coder had (0-1): a scored sum, explainable field by field. */
export function confidenceOf(e: RawEvent, rec: Pick<EventRecord, 'date_basis' | 'event_loc'>): number {
  let c = e.verbal || e.carried ? 0.62 : 0.48;
  if (e.trigger.weak) c -= 0.15;
  if (e.actor) c += 0.14;
  if (e.recipient) c += 0.06;
  if (rec.date_basis === 'text') c += 0.06;
  if (rec.event_loc.resolution === 'city') c += 0.05;
  if (e.hedged) c -= 0.1;
  if (e.background) c -= 0.15;
  if (e.subordinate) c -= 0.15;
  // "formed a human chain to demand road safety": the purpose of another act is its reason, told second
  if (e.realityCue === 'purpose') c -= 0.2;
  if (e.reality !== 'asserted') c -= 0.2;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}
