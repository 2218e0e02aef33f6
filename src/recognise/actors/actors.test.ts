import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../text/analyse.js';
import { recogniseActors, loadActorFile } from './index.js';
import { recognisePlaces } from '../places/index.js';
import { codeArticle } from '../../pipeline.js';
import type { ActorMention } from './index.js';

// each test's scratch folder, removed when the file's tests end
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

// (each mention's text as the article writes it: lines in capitals are analysed in ordinary case)
function actors(text: string, published: string | null = null): ActorMention[] {
  const ms = recogniseActors(analyse({ id: 't', title: null, source: null, url: null, published, text }));
  for (const m of ms) m.text = text.slice(m.start, m.end);
  return ms;
}

function find(ms: ActorMention[], text: string): ActorMention {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(ms.map((x) => x.text))}`);
  return m;
}

// Sentences from samples/kyrgyzstan-2005-03-21.txt (Al Jazeera, 21 March 2005)
const KG = [
  'The protesters overran the regional police and security stations on Monday and forced about 100 troops to flee in the latest of a wave of protests to demand President Askar Akayev’s resignation.',
  'Monitors from the Organisation for Security and Cooperation in Europe (OSCE) criticised Kyrgyzstan’s two-round parliamentary poll, pointing to vote buying, disqualification of opposition figures and media manipulation.',
  'In Bishkek, a coalition of opposition parties said it had written to Akayev, urging him to agree to talks.',
  '“In the current dramatic situation, we demand that we get around the negotiating table. We await a reply,” said Ishengul Boldzhurova, one of the leaders of the coalition.',
  'Akayev has warned that any attempt to copy Ukraine’s Orange Revolution could drag the mostly Muslim country of nearly five million into civil war.',
  'He has rejected calls to step down, but his officials have said they will not use force against the protesters.',
].join('\n\n');

test('protesters in a Kyrgyz article are Kyrgyz protesters', () => {
  const ms = actors(KG, '2005-03-21');
  const p = find(ms, 'protesters');
  assert.equal(p.sector, 'PRO');
  assert.equal(p.code, 'KGZ');
  assert.equal(p.cameo_code, 'KGZPRO');
  assert.equal(p.kind, 'group');
  assert.equal(KG.slice(p.start, p.end), 'protesters');
});

test('President Askar Akayev and later "Akayev" are the Kyrgyz government', () => {
  const ms = actors(KG, '2005-03-21');
  const full = find(ms, 'President Askar Akayev');
  assert.equal(full.kind, 'person');
  assert.equal(full.name, 'Askar Akayev');
  assert.equal(full.code, 'KGZ');
  assert.equal(full.sector, 'GOV');
  const later = ms.filter((m) => m.text === 'Akayev');
  assert.ok(later.length >= 2);
  for (const m of later) assert.equal(m.cameo_code, 'KGZGOV');
});

test('OSCE monitors are the intergovernmental OSCE', () => {
  const ms = actors(KG);
  const m = ms.find((x) => x.text.startsWith('Monitors'));
  assert.ok(m);
  assert.equal(m.text, 'Monitors from the Organisation for Security and Cooperation in Europe (OSCE)');
  assert.equal(m.code, 'OSC');
  assert.equal(m.sector, 'IGO');
  assert.equal(m.cameo_code, 'IGOEUROSC');
  // the criticised country is an actor too
  assert.equal(find(ms, 'Kyrgyzstan').code, 'KGZ');
});

test('a coalition of opposition parties is the opposition; "it" and "him" resolve', () => {
  const ms = actors(KG);
  const co = find(ms, 'coalition of opposition parties');
  assert.equal(co.sector, 'OPP');
  assert.equal(co.code, 'KGZ');
  const it = find(ms, 'it');
  assert.equal(it.kind, 'pronoun');
  assert.equal(it.ref, co);
  assert.equal(it.sector, 'OPP');
  const him = find(ms, 'him');
  assert.equal(him.ref?.name, 'Askar Akayev');
  assert.equal(him.cameo_code, 'KGZGOV');
});

test('apposition: "Ishengul Boldzhurova, one of the leaders of the coalition" is opposition', () => {
  const ms = actors(KG);
  const b = find(ms, 'Ishengul Boldzhurova');
  assert.equal(b.kind, 'person');
  assert.equal(b.sector, 'OPP');
  assert.equal(b.code, 'KGZ');
});

test('pronouns across sentences: "He has rejected calls" is Akayev; "they" are his officials', () => {
  const ms = actors(KG);
  const he = find(ms, 'He');
  assert.equal(he.ref?.name, 'Askar Akayev');
  const they = find(ms, 'they');
  assert.equal(they.ref?.text, 'officials');
  assert.equal(they.sector, 'GOV');
});

test('a name in no list: "Akram Khuzam" is a person, later "Khuzam" the same person', () => {
  const ms = actors('Aljazeera’s reporter in Moscow, Akram Khuzam, said the protesters had stormed the Interior Ministry buildings. Khuzam said there was no reaction.');
  const k = find(ms, 'Akram Khuzam');
  assert.equal(k.kind, 'person');
  assert.equal(k.sector, 'MED'); // from the apposition "Aljazeera's reporter"
  const later = find(ms, 'Khuzam');
  assert.equal(later.name, 'Akram Khuzam');
  // "Interior Ministry buildings": the actor is the ministry, not the buildings
  assert.equal(find(ms, 'Interior Ministry').sector, 'GOV');
  // "in Moscow" is a place here, not the Russian government
  assert.ok(!ms.some((m) => m.text === 'Moscow'));
});

test('coordination gives one mention per actor', () => {
  const ms = actors('Kyrgyz police and soldiers fired on protesters and four journalists in Osh.');
  const police = find(ms, 'Kyrgyz police');
  assert.equal(police.cameo_code, 'KGZCOP');
  assert.equal(find(ms, 'soldiers').sector, 'MIL');
  assert.equal(find(ms, 'protesters').sector, 'PRO');
  // the count and a named place complete the phrase
  const j = find(ms, 'four journalists in Osh');
  assert.equal(j.sector, 'MED');
  assert.equal(j.code, 'KGZ');
  const ms2 = actors('Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.');
  assert.equal(find(ms2, 'Senior Hungarian').cameo_code, 'HUNGOV');
  assert.equal(find(ms2, 'Romanian officials').cameo_code, 'ROUGOV');
});

test('countries as actors, as modifiers and capitals as metonymy', () => {
  const ms = actors('Russian troops shelled the town as Moscow said Ukraine had broken the truce.');
  assert.equal(find(ms, 'Russian troops').cameo_code, 'RUSMIL');
  const moscow = find(ms, 'Moscow');
  assert.equal(moscow.code, 'RUS');
  assert.equal(moscow.sector, 'GOV');
  const ua = find(ms, 'Ukraine');
  assert.equal(ua.kind, 'country');
  assert.equal(ua.code, 'UKR');
});

test('other regions: armed groups, passive agents, possessives', () => {
  const ms = actors('Nigerian troops killed 12 Boko Haram militants in Borno. Disha Ravi was arrested by Delhi Police. Sudan\'s government lifted the curfew.');
  assert.equal(find(ms, 'Nigerian troops').cameo_code, 'NGAMIL');
  const bh = find(ms, '12 Boko Haram militants');
  assert.equal(bh.code, 'NGA');
  assert.equal(bh.sector, 'REB');
  const dp = find(ms, 'Delhi Police');
  assert.equal(dp.sector, 'COP');
  const sd = find(ms, "Sudan's government");
  assert.equal(sd.cameo_code, 'SDNGOV');
  assert.equal(find(ms, 'Disha Ravi').kind, 'person');
});

test('upper-case wire copy: sector words still read, capitalised words are not names', () => {
  const ms = actors('SECURITY FORCES KILLED 12 PROTESTERS IN KARACHI ON MONDAY, PAKISTANI OFFICIALS SAID.');
  assert.equal(find(ms, 'SECURITY FORCES').sector, 'COP');
  // (with its place, as in mixed case: "12 protesters in Karachi")
  assert.equal(find(ms, '12 PROTESTERS IN KARACHI').sector, 'PRO');
  assert.equal(find(ms, 'PAKISTANI OFFICIALS').cameo_code, 'PAKGOV');
  assert.ok(!ms.some((m) => m.kind === 'person'));
  // a whole upper-case article: known names still found, verbs not swallowed into phrases
  const up = actors(KG.toUpperCase() + '\n\nOPPOSITION DEMANDS TALKS', '2005-03-21');
  const ak = find(up, 'PRESIDENT ASKAR AKAYEV');
  assert.equal(ak.cameo_code, 'KGZGOV');
  assert.equal(find(up, 'PROTESTERS').cameo_code, 'KGZPRO');
  assert.ok(!up.some((m) => m.kind === 'person' && /TALKS|DEMAND/.test(m.text)));
});

test('definite description: "the president" points back to the named president', () => {
  const ms = actors('President Islam Karimov met the envoy on Friday. Later the president said talks would resume.');
  const p = find(ms, 'president');
  assert.equal(p.ref?.name, 'Islam Karimov');
  assert.equal(p.code, 'UZB');
});

test('user actor file: entries merged, malformed lines named with their line and skipped', () => {
  const dir = tempDir('tulip-actors-');
  const path = join(dir, 'actors.jsonl');
  writeFileSync(
    path,
    [
      '# local actors',
      '{"name": "Roza Otunbayeva", "aliases": ["Otunbayeva"], "country": "KGZ", "sector": "OPP", "to": "2010-04-07"}',
      '{"name": "Broken", "country": ',
      '{"aliases": ["nobody"]}',
      '{"name": "Bad Sector", "sector": 12}',
      '{"name": "Tash Group", "kind": "org", "country": "KG", "sector": "REB"}',
    ].join('\n'),
  );
  const r = loadActorFile(path);
  assert.equal(r.entries, 2);
  assert.equal(r.errors.length, 3);
  assert.match(r.errors[0], new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: `));
  assert.match(r.errors[1], /:4: missing "name"/);
  assert.match(r.errors[2], /:5: "sector"/);
  const ms = actors('Otunbayeva led the march while the Tash Group blocked the road.', '2005-03-21');
  const o = find(ms, 'Otunbayeva');
  assert.equal(o.name, 'Roza Otunbayeva');
  assert.equal(o.cameo_code, 'KGZOPP');
  const t = find(ms, 'Tash Group');
  assert.equal(t.kind, 'org');
  assert.equal(t.cameo_code, 'KGZREB');
  const missing = loadActorFile(join(dir, 'none.jsonl'));
  assert.equal(missing.entries, 0);
  assert.match(missing.errors[0], /none\.jsonl: cannot read/);
});

test('the article context: doc.mainCountry and resolved places are used when the places stage ran', () => {
  const text = 'Police in Osh fired on demonstrators. Russian officials said they were concerned.';
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: null, text });
  const osh = text.indexOf('Osh');
  doc.places = [
    {
      start: osh,
      end: osh + 3,
      text: 'Osh',
      kind: 'city',
      resolved: { name: 'Osh', geonameid: null, lat: null, lon: null, province: null, country: 'Kyrgyzstan', country_code: 'KG', resolution: 'city' },
    },
  ];
  doc.mainCountry = 'KG';
  const ms = recogniseActors(doc);
  const police = find(ms, 'Police in Osh');
  assert.equal(police.cameo_code, 'KGZCOP');
  assert.equal(find(ms, 'demonstrators').code, 'KGZ'); // the main country, though Russia is named
  assert.equal(find(ms, 'Russian officials').cameo_code, 'RUSGOV');
  const ms2 = actors('Red Cross officials suspended aid. Ethnic Albanians demonstrated in Skopje, Macedonian officials said. US authorities said so.');
  assert.equal(find(ms2, 'Red Cross officials').cameo_code, 'NGOHLHIRC');
  const alb = find(ms2, 'Ethnic Albanians');
  assert.equal(alb.sector, 'CVL');
  assert.equal(alb.code, 'MKD');
  assert.equal(find(ms2, 'US authorities').cameo_code, 'USAGOV');
  assert.ok(!actors('Let us talk to them.').some((m) => m.code === 'USA'));
});

test('robust on empty and odd input', () => {
  for (const t of ['', ' ', '\n\n', 'the', '’s', '( )', 'Al-', '-', 'President', 'Mr.', ', ,', 'He said.']) {
    const ms = actors(t);
    for (const m of ms) assert.equal(t.slice(m.start, m.end), m.text);
  }
});

test('names with particles, even when a word of the name is also a place', () => {
  const ms = actors('President Carlos Salinas de Gortari ordered the army to act. Mr van der Berg said Ursula von der Leyen had called.');
  assert.equal(find(ms, 'President Carlos Salinas de Gortari').kind, 'person');
  assert.equal(find(ms, 'President Carlos Salinas de Gortari').sector, 'GOV');
  find(ms, 'Mr van der Berg');
  find(ms, 'Ursula von der Leyen');
});

test('"it" after a collective noun in the same sentence: "the Interior Ministry said it", "the government said it"', () => {
  const ms = actors('Troops were sent to the region. The Interior Ministry said it was ready to negotiate. The government said it would respond.');
  const its = ms.filter((m) => m.kind === 'pronoun');
  assert.equal(its.length, 2);
  assert.equal(its[0].ref?.text, 'Interior Ministry');
  assert.equal(its[1].ref?.text, 'government');
});

test('a verb wink-nlp tags as a noun ends the actor phrase: "Police shot dead five protesters"', () => {
  const ms = actors('Police shot dead five protesters.');
  assert.equal(find(ms, 'Police').sector, 'COP');
});

test('a title owned by "its"/"their" takes its owner\'s side: "The opposition Nepali Congress ... Its leader, X"', () => {
  const ms = actors('The opposition Nepali Congress condemned the shooting. Its leader, Sushil Koirala, said the party would launch protests.');
  assert.equal(find(ms, 'leader').sector, 'OPP');
  assert.equal(find(ms, 'Sushil Koirala').sector, 'OPP');
});

test('official media speak for the government', () => {
  const ms = actors('An official Syrian newspaper called on Arabs to unite. The newspaper said the army had advanced.');
  assert.equal(find(ms, 'official Syrian newspaper').sector, 'GOV');
});

test('"it" does not reach into a closed relative clause', () => {
  const ms = actors("The rebel Sudan People's Liberation Army, which has fought the government in the south since 1983, said it was ready to hold talks.");
  const it = ms.find((m) => m.kind === 'pronoun');
  assert.match(it?.ref?.text ?? '', /Liberation Army/);
});

test('upper-case wire copy: plural sector nouns are found without a lemma', () => {
  const ms = actors('HUNDREDS OF YOUTHS THREW PETROL BOMBS AND BRICKS AT POLICE.');
  assert.ok(ms.some((m) => m.text === 'YOUTHS' && m.sector === 'CVL'));
});

test('a capital that acts is its government, "Washington" included; a capital named beside no verb stays a name', () => {
  const d = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'Washington rejected the proposal. Moscow and Washington have drifted apart.' });
  const ms = recogniseActors(d);
  assert.equal(ms.find((m) => m.start === 0)?.sector, 'GOV');
  assert.equal(ms.find((m) => m.start === 0)?.code, 'USA');
});

test('a demonym that names another people where the article is: "Indian peasants" in Mexico are Mexican', () => {
  const text = 'Armed Indian peasants seized four towns in Chiapas, Mexico. Mexican troops retook San Cristobal.';
  const d = analyse({ id: 't', title: null, source: null, url: null, published: null, text });
  d.mainCountry = 'MX';
  const ms = recogniseActors(d);
  assert.equal(ms.find((m) => /peasants/.test(m.text))?.code, 'MEX');
  const india = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'Indian troops fired on protesters in Kashmir.' });
  assert.equal(recogniseActors(india)[0]?.code, 'IND');
});

test('armed civilians are an armed group; armed police stay police', () => {
  const d = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'Hundreds of armed peasants seized four towns. Armed police dispersed the crowd.' });
  const ms = recogniseActors(d);
  assert.equal(ms.find((m) => /peasants/.test(m.text))?.sector, 'UAF');
  assert.equal(ms.find((m) => /police/.test(m.text))?.sector, 'COP');
});

test('after a title, "of" and a name is the title\'s see or town, and the apposition after it is that person', () => {
  const ms = actors('The Roman Catholic bishop of San Cristobal, Samuel Ruiz, called for talks with the rebels.');
  assert.ok(!ms.some((m) => m.text === 'San Cristobal'), 'San Cristobal is no person');
  const ruiz = find(ms, 'Samuel Ruiz');
  assert.equal(ruiz.sector, 'REL');
  // a person after "son of" stays a person; "President of Kyrgyzstan" is still coded by the country
  assert.ok(actors('The son of President Akayev was arrested.').some((m) => m.text === 'President Akayev'));
  assert.equal(find(actors('The President of Kyrgyzstan spoke.'), 'President of Kyrgyzstan').code, 'KGZ');
});

test('"it" after an apposition with a possessor is the subject, not the possessor', () => {
  const ms = actors('Egypt, Sudan\'s northern neighbour, said it was following events closely.');
  assert.equal(ms.find((m) => m.kind === 'pronoun')?.code, 'EGY');
});

test('an officer of an organisation known only by its initials has no government sector; an armed group\'s leader is of its sector', () => {
  assert.equal(find(actors('Police arrested PDM secretary-general Tendai Biti at Harare airport.'), 'PDM secretary-general Tendai Biti').sector, null);
  // (a party the data knows by its initials gives its officers the party's sector)
  assert.equal(find(actors('Police arrested MDC secretary-general Tendai Biti at Harare airport.'), 'MDC secretary-general Tendai Biti').sector, 'PTY');
  assert.equal(find(actors('Hamas leader Ismail Haniyeh spoke in Gaza.'), 'Hamas leader Ismail Haniyeh').sector, 'REB');
  // an IGO's head keeps the title's sector (PLOVER codes the Arab League Secretary-General IGO/GOV)
  assert.equal(find(actors('NATO Secretary-General Jon Doerr spoke.'), 'NATO Secretary-General Jon Doerr').sector, 'GOV');
  // a government title after a country's initials is still the government
  assert.equal(find(actors('US President Barack Obama spoke.'), 'US President Barack Obama').sector, 'GOV');
});

test('names: a title word after a given name is a family name; a known one-word alias before another name word is another person; a portfolio makes a secretary a minister', () => {
  assert.equal(find(actors('Chief Minister Mehbooba Mufti appealed for calm.'), 'Chief Minister Mehbooba Mufti').sector, 'GOV');
  const wani = actors('Indian troops killed Burhan Wani, a popular commander of the Hizbul Mujahideen militant group.');
  assert.equal(find(wani, 'Burhan Wani').kind, 'person');
  assert.equal(find(actors('British Defence Secretary Tom King said.'), 'British Defence Secretary Tom King').sector, 'GOV');
  assert.equal(find(actors('Health Secretary Matt Lee said.'), 'Health Secretary Matt Lee').sector, 'GOV');
});

test('an unqualified army in a sentence led by another country\'s named official is that country\'s', () => {
  const ms = actors('Palestinians in Gaza fled their homes. Hamas fired rockets from Gaza City. Palestinian police arrested two men in Gaza. Israeli Prime Minister Benjamin Netanyahu said the army called up reservists. The army said it hit targets.');
  const armies = ms.filter((m) => m.text === 'army');
  assert.equal(armies[0].code, 'ISR', 'named with the Israeli prime minister');
  assert.equal(armies[1].code, 'PSE', 'alone, the article\'s country as before');
  // (a country speaking about another's leaders: "Egypt ... urged the new leaders" of Sudan)
  const sd = actors('Sudan\'s army seized power in Khartoum. Sudanese troops patrolled Khartoum. Egypt, Sudan\'s northern neighbour, said it urged the new leaders to preserve stability.');
  assert.equal(sd.find((m) => m.text === 'new leaders')?.code, 'SDN');
});

test('a capital city stands for its government as subject with a partner or as the object of an address', () => {
  const ms = actors('Washington warned Moscow against any escalation, while Beijing and Tehran condemned the strikes.');
  for (const [name, code] of [['Washington', 'USAGOV'], ['Moscow', 'RUSGOV'], ['Beijing', 'CHNGOV'], ['Tehran', 'IRNGOV']]) assert.equal(find(ms, name).cameo_code, code);
  assert.equal(find(actors('Washington along with its allies demanded that Hamas renounce violence.'), 'Washington').cameo_code, 'USAGOV');
  // a city bombed or visited is a place
  assert.ok(!actors('Rebels shelled Kabul on Monday.').some((m) => m.text === 'Kabul' && m.sector === 'GOV'));
  assert.ok(!actors('The minister visited Moscow last week.').some((m) => m.text === 'Moscow' && m.sector === 'GOV'));
});

test('a headline verb before a preposition of direction ends the actor: "Russian negotiators return to Geneva"', () => {
  const ms = actors('U.S. and Russian negotiators return to Geneva this week for talks.');
  assert.equal(find(ms, 'Russian negotiators').cameo_code, 'RUSGOV');
  assert.equal(find(ms, 'U.S.').code, 'USA');
  // ("bandits attack on the village" is the bandits' attack, a noun: the phrase is not cut before "attack")
  assert.ok(!actors('Police said bandits attack on the village left two dead.').some((m) => m.text === 'bandits'));
});

test('a vague count standing as a clause\'s subject is a crowd of people; "thousands of students" is left to its noun', () => {
  assert.equal(find(actors('Police fired tear gas as thousands took to the streets of Minsk.'), 'thousands').sector, 'CVL');
  assert.equal(find(actors('Tens of thousands rallied in the capital.'), 'Tens of thousands').sector, 'CVL');
  const ms = actors('Thousands of students marched to the ministry.');
  assert.ok(ms.every((m) => m.text !== 'Thousands'));
  // (not a count after a verb or a preposition: "arrested hundreds", "in their thousands")
  assert.ok(actors('Police arrested hundreds in the capital.').every((m) => m.text !== 'hundreds'));
});

test('people named by age or what they were doing are civilians: boys, passengers, worshippers', () => {
  assert.equal(actors('Gunmen abducted more than 300 boys from a school in Kankara.').find((m) => m.text.startsWith('300 boys'))?.sector, 'CVL');
  assert.equal(find(actors('The blast killed 12 worshippers at a mosque.'), '12 worshippers').sector, 'CVL');
});

test('a body named before a title makes it that body\'s officer: union president LAB, chamber president BUS, club president no sector', () => {
  assert.equal(find(actors('Workers marched, said union president John Smith.'), 'union president John Smith').sector, 'LAB');
  assert.equal(find(actors('Traders marched, said chamber president Haji Ghulam Hussain.'), 'chamber president Haji Ghulam Hussain').sector, 'BUS');
  assert.equal(find(actors('He said, quoting club president Tom Jones.'), 'club president Tom Jones').sector, null);
  assert.equal(find(actors('Student union president Ravi Kumar was arrested.'), 'Student union president Ravi Kumar').sector, 'EDU');
});

test('a people we do not know as a state, named before its leaders or elders, are elites', () => {
  assert.equal(find(actors('Pashtun elders called for calm.'), 'Pashtun elders').sector, 'ELI');
  assert.equal(find(actors('Nigerian leaders met in Abuja.'), 'Nigerian leaders').sector, 'GOV');
});

test('a demonym after a determiner, standing alone, is a person of that country: "an Afghan", "a Chechen"', () => {
  const ms = actors('Gunmen kidnapped an Afghan and a Chechen near the border. An Afghan official said Afghan forces responded.');
  assert.equal(find(ms, 'Afghan').code, 'AFG');
  assert.equal(find(ms, 'Chechen').code, 'RUS');
  // before a noun it stays a modifier of that noun
  assert.equal(find(ms, 'Afghan official').sector, 'GOV');
  assert.equal(find(ms, 'Afghan forces').sector, 'MIL');
});

test('a labour or trades union congress is labour, a bare Congress the legislature', () => {
  const ms = actors('The Nigeria Labour Congress began a general strike on Monday. Congress passed the budget.');
  assert.equal(find(ms, 'Nigeria Labour Congress').sector, 'LAB');
  assert.equal(find(ms, 'Congress').sector, 'LEG');
});

test('national police forces known by their own names: carabineros, carabinieri', () => {
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'Witnesses said uniformed carabineros opened fire. The carabinieri arrested him.' });
  recognisePlaces(doc);
  const ms = recogniseActors(doc);
  assert.equal(ms.find((m) => m.text === 'uniformed carabineros')?.sector, 'COP');
  assert.equal(ms.find((m) => m.text === 'carabinieri')?.sector, 'COP');
});

test('"Aymara Indians" are native people of the article\'s country, not India\'s', () => {
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'LA PAZ, Bolivia - Tens of thousands of Aymara Indians marched on the capital. Bolivian police watched.' });
  recognisePlaces(doc);
  const ms = recogniseActors(doc);
  const m = ms.find((x) => x.text.includes('Aymara Indians'));
  assert.equal(m?.code, 'BOL');
  assert.equal(m?.sector, 'CVL');
});

test('a portfolio named before a minister is no sector of his: the police or labour minister is government; a rebel group\'s or the opposition\'s minister keeps theirs', () => {
  assert.equal(find(actors('Interior and Police Minister Hector Rafael Benzan spoke.'), 'Police Minister Hector Rafael Benzan').sector, 'GOV');
  assert.equal(find(actors('The labour minister spoke.'), 'labour minister').sector, 'GOV');
  assert.equal(find(actors('The opposition minister spoke.'), 'opposition minister').sector, 'OPP');
});

test('national agencies known by their names or acronyms are their state\'s, wherever the act took place: ICE, DHS, USAID, Scotland Yard, the ISI', () => {
  const ms = actors('ICE returned the artifacts to Peru. DHS and USAID sent aid to Haiti. Scotland Yard arrested him. The ISI denied it.');
  assert.equal(find(ms, 'ICE').code, 'USA');
  assert.equal(find(ms, 'ICE').sector, 'COP');
  assert.equal(find(ms, 'DHS').code, 'USA');
  assert.equal(find(ms, 'USAID').sector, 'GOV');
  assert.equal(find(ms, 'Scotland Yard').code, 'GBR');
  assert.equal(find(ms, 'ISI').sector, 'SPY');
  // (an acronym that is also a word is matched in its own case only)
  assert.ok(!actors('Roads were covered in ice.').some((m) => m.code === 'USA'));
});

test('initials alone name a body ("the UGTT said"), "General" before "Union" is no rank, and "LATE TUESDAY" in capitals is no name', () => {
  assert.equal(find(actors('The UGTT called a strike on Monday.'), 'UGTT').kind, 'org');
  assert.equal(find(actors('The General Union of Tunisian Workers called a strike.'), 'General Union of Tunisian Workers').sector, 'LAB');
  assert.equal(find(actors('POLICE ARRESTED AT LEAST 14 TRADE UNION OFFICIALS LATE TUESDAY.'), '14 TRADE UNION OFFICIALS').sector, 'LAB');
  // ("the late President": a modifier of a title still is one)
  assert.ok(actors('Supporters of the late President Hugo Chavez marched.').some((m) => m.text.includes('Hugo Chavez')));
});

test('"she" is not a man named before her, "he" not a woman: "Inspector Paul Dowse said the woman had locked herself to the gate. She was charged."', () => {
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'Inspector Paul Dowse said the woman had locked herself to the gate. She was charged with obstructing traffic. He said no one else was arrested.' });
  recognisePlaces(doc);
  const ms = recogniseActors(doc);
  const she = ms.find((m) => m.text === 'She');
  assert.ok(she && !/Dowse/.test(she.name + ' ' + (she.ref?.name ?? '')), JSON.stringify(she));
  assert.match(ms.find((m) => m.text === 'He')?.ref?.name ?? '', /Dowse/);
});

test('an unknown name where a place stands is no person; "regular units" are soldiers', () => {
  const texts = (t: string) => actors(t).map((m) => `${m.text}:${m.sector ?? ''}`);
  assert.deepEqual(texts('Algerian regular units had attacked Moroccan auxiliary posts at Hassi Beida.'), ['Algerian regular units:MIL']);
  assert.deepEqual(texts('Troops fought around the wells of Hassi Beida and Tinjoub.'), ['Troops:MIL']);
  assert.deepEqual(texts('Villagers in Krang Chek said the soldiers came at night.'), ['Villagers:CVL', 'soldiers:MIL']);
  // (a person still is one: "talks with Hassan Beida", "Beida's lawyer")
  assert.ok(texts('The minister held talks with Hassan Beida.').some((x) => x.startsWith('Hassan Beida')));
});

test('"they" after "overran a post of the Volunteers ..., killing four volunteers" is the attackers, not whose post it was', () => {
  const evs = codeArticle({ id: 't', text: 'Survivors said the attackers first overran a post of the Volunteers for the Defence of the Homeland (VDP), killing four volunteers. They then went from house to house and set fire to the market.', title: null, source: null, url: null, published: '2023-03-09' });
  const fire = evs.find((e) => e.trigger.text.startsWith('set fire'));
  assert.equal(fire?.actor?.entity_name, 'attackers');
  const overran = evs.find((e) => e.trigger.text === 'overran');
  assert.equal(overran?.recipient?.sector, 'MIL');
  assert.equal(overran?.acled?.sub_event_type, 'Non-state actor overtakes territory');
});

test('a plural possessive joins its owner to the head ("miners\' wives"), in capitals too; kin are civilians; an owned generic head or title takes its owner\'s sector', () => {
  for (const text of ["Police broke up a march by several hundred miners' wives.", "POLICE BROKE UP A MARCH BY SEVERAL HUNDRED MINERS' WIVES."]) {
    const m = actors(text).find((x) => /wives/i.test(x.text));
    assert.ok(m, text);
    assert.match(m.text, /miners' wives/i);
    assert.equal(m.sector, 'CVL');
  }
  const ms = actors("The opposition's leaders met. The rebels' spokesman spoke. The army's spokesman spoke. The president's spokesman spoke. Relatives of the victims blocked the road.");
  assert.equal(find(ms, "opposition's leaders").sector, 'OPP');
  assert.equal(find(ms, "rebels' spokesman").sector, 'REB');
  assert.equal(find(ms, "army's spokesman").sector, 'MIL');
  assert.equal(find(ms, "president's spokesman").sector, 'GOV');
  assert.equal(find(ms, 'Relatives of the victims').sector, 'CVL');
  // "the federation" points back to the labour federation named before
  const fed = actors('The Central Obrera Boliviana, the outlawed national labor federation, has operated underground. A leaflet signed by the federation threatened a strike.');
  assert.equal(find(fed, 'federation').sector, 'LAB');
});

test('"his men" of a police officer are police, of a mayor no one\'s force; a police picket is police', () => {
  const ms = actors('A senior police officer told Reuters that the marchers had thrown brickbats at a police picket and that his men had used tear gas. The mayor said his men were tired.');
  const men = ms.filter((m) => m.text === 'men');
  assert.deepEqual(men.map((m) => m.sector), ['COP', 'CVL']);
  assert.equal(find(ms, 'police picket').sector, 'COP');
});

test('"his supporters" are of an opposition leader\'s sector and country; a president\'s keep their own coding', () => {
  const ms = actors('Opposition leader Raila Odinga was arrested in Nairobi on Monday. Police said he had incited violence. Hundreds of his supporters clashed with police in Kisumu on Tuesday.');
  const sup = find(ms, 'supporters');
  assert.equal(sup.sector, 'OPP');
  assert.equal(sup.code, 'KEN');
  const pres = find(actors('President Mwai Kibaki spoke in Nairobi on Monday. Thousands of his supporters marched through Kisumu on Tuesday.'), 'supporters');
  assert.notEqual(pres.sector, 'GOV');
});

test('a title after a body\'s name and its initials in brackets is that body\'s office, not the state\'s', () => {
  const mdc = find(actors('Movement for Democratic Change (MDC) leader Morgan Tsvangirai told a crowd on Sunday.', '2008-06-24'), 'leader Morgan Tsvangirai');
  assert.equal(mdc.cameo_code, 'ZWEPTY');
  const nasa = find(actors('National Super Alliance (Nasa) leader Raila Odinga told a crowd in Kibera on Sunday.', '2017-08-14'), 'leader Raila Odinga');
  assert.notEqual(nasa.sector, 'GOV');
});

test('"its own supporters" of a party are of that party; a ruling party\'s are the party\'s, not the government\'s', () => {
  const zw = actors('The ruling Zanu-PF party has denied organising violence and says its own supporters have been attacked by opposition activists.', '2008-06-24');
  assert.equal(find(zw, 'supporters').cameo_code, 'ZWEPTY');
  assert.equal(find(actors('The ruling party said its supporters had been attacked.'), 'supporters').sector, 'PTY');
});

test('a nickname given after "known as" is the person named before it, and "he" after it is that person', () => {
  const ms = actors('Felipe Quispe, leader of the CSUTCB peasant confederation, who is known as "El Mallku," called the deaths a massacre. He warned that his followers could cut off the capital.');
  assert.equal(find(ms, 'He').sector, 'AGR');
  assert.equal(find(ms, 'El Mallku').ref?.name, 'Felipe Quispe');
  assert.equal(find(ms, 'followers').sector, 'AGR');
});

test('"the council" after the UN Security Council is that council; a description set after a foreign leader\'s name is of his country', () => {
  const ms = actors('HARARE -- In New York on Monday, the United Nations Security Council unanimously adopted a statement condemning the violence. It was the first time the council had agreed on a formal statement on Zimbabwe.', '2008-06-24');
  assert.equal(find(ms, 'council').cameo_code, 'IGOUNO');
  const med = find(actors('HARARE -- Zimbabwe\'s opposition leader spoke on Monday. South African President Thabo Mbeki, the regional mediator, has urged the two parties to negotiate.', '2008-06-24'), 'regional mediator');
  assert.equal(med.code, 'ZAF');
  // (a council of a name the lexicon does not know stays the story's)
  const local = actors('Newark and Sherwood District Council will consider a request from the Labour group. Council leader Cllr Derek Haywood warned that the council could not be seen to be taking sides.', '1984-04-13');
  assert.equal(find(local, 'council').ref ?? null, null);
});

test('a country named beside another party\'s force is a party of its own; the parties\' country, not the venue\'s, codes those named by no country', () => {
  const ms = actors('Colombia and FARC rebels reach final peace agreement');
  assert.equal(find(ms, 'Colombia').sector, null);
  assert.equal(find(ms, 'FARC rebels').sector, 'REB');
  assert.equal(find(actors('US and Afghan forces attacked the base.'), 'US').sector, 'MIL');
  const evs = codeArticle({
    id: 'co', title: null, source: null, url: null, published: '2016-08-25',
    text: 'HAVANA — The Colombian government and the Revolutionary Armed Forces of Colombia (FARC) reached a final peace agreement on Wednesday after nearly four years of talks in Cuba.\n\nNegotiators for both sides signed the accord in Havana.\n\nPresident Juan Manuel Santos praised the negotiators and said Colombians would vote on the agreement in a referendum.',
  });
  assert.equal(evs.find((e) => e.event === 'SUPPORT')?.actor?.code, 'COL');
});

test('an army in a sentence a foreign official does not lead is the article\'s', () => {
  const ms = actors("NIAMEY - Niger's military rulers have given the French ambassador 48 hours to leave the country, a month after the army seized power in Niamey.");
  assert.equal(find(ms, 'army').code, 'NER');
  assert.equal(find(ms, "Niger's military rulers").code, 'NER');
});

test('initials in brackets after a body\'s name name it from then on, in capitals too; "the spokesman" is the last one told, with whose he is; detectives are police', () => {
  for (const t of ['The arrest was condemned by the Association of University Students (AEU). The AEU demanded their release.', 'THE ARREST WAS CONDEMNED BY THE ASSOCIATION OF UNIVERSITY STUDENTS (AEU). THE AEU DEMANDED THEIR RELEASE.']) {
    const aeu = actors(t).find((m) => m.text === 'AEU');
    assert.equal(aeu?.sector, 'EDU', t);
  }
  const ms = actors('Guerrillas ambushed a patrol, an army spokesman said. The spokesman, Colonel Ramiro Estrada, said the patrol was hit. The soldiers fired back. The rebels fled. Two bodies were found. The area was sealed off. The spokesman said the army would not stop.');
  assert.deepEqual(ms.filter((m) => m.text === 'spokesman').map((m) => m.sector), ['MIL', 'MIL']);
  assert.equal(find(actors('The arrest of three students by detectives was condemned.'), 'detectives').sector, 'COP');
});

test('a word after a preposition is no subject of the verb after it ("two days of Mindanao fighting")', () => {
  assert.ok(!actors('Forty-one dead in two days of Mindanao fighting').some((m) => m.text === 'Mindanao'));
});

test('Queenstown 1985: "the South African Council of Churches" is one body, of churches; "the Federation of Trade Unions" is a body of its own, not one told before; a Methodist minister and a reverend are clergy', () => {
  const ms = actors('The detention was condemned by the South African Council of Churches, which called for his release. The Federation of Trade Unions called a strike.');
  assert.equal(find(ms, 'South African Council of Churches').sector, 'REL');
  const f = find(ms, 'Federation of Trade Unions');
  assert.equal(f.sector, 'LAB');
  assert.equal(f.name, 'Federation of Trade Unions');
  assert.equal(find(actors('Among those held was Mzwandile Sigcau, a Methodist minister.'), 'Methodist minister').sector, 'REL');
});

test('a portfolio named alone before "and" shares the ministry: "the Intelligence and Interior Ministry buildings" is one body told', () => {
  const ms = actors('The protesters had stormed the Intelligence and Interior Ministry buildings.');
  assert.equal(find(ms, 'Intelligence and Interior Ministry').sector, 'GOV');
  assert.ok(!ms.some((m) => m.text === 'Intelligence'));
});

test('a time after a place ends the actor; the Governor-General governs; a detachment takes its unit\'s sector', () => {
  const ms = actors('Sixteen men were arrested by police in Kurunegala last night. The Governor-General proclaimed a state of emergency. A detachment of the Ceylon Light Infantry was flown to Batticaloa.');
  assert.equal(find(ms, 'police in Kurunegala').sector, 'COP');
  assert.equal(find(ms, 'Governor-General').sector, 'GOV');
  assert.equal(find(ms, 'detachment of the Ceylon Light Infantry').sector, 'MIL');
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '1958-05-28', text: 'Naval ratings were landed at Trincomalee this afternoon, and a detachment of the Ceylon Light Infantry was flown to Batticaloa.' });
  assert.deepEqual(evs.map((e) => `${e.event}:${e.event_loc.resolved_place}`), ['MOBILIZE:Trincomalee', 'MOBILIZE:Batticaloa']);
  assert.equal(codeArticle({ id: 't', title: null, source: null, url: null, published: '1958-05-28', text: 'The Governor-General proclaimed a state of emergency and called out the army.' }).find((e) => e.event === 'COERCE')?.actor?.entity_text, 'Governor-General');
});

test('a demonym two countries share names the larger: "Dominican" officials are the Dominican Republic\'s, not Dominica\'s', () => {
  const ms = actors('A Dominican Foreign Ministry spokesman said the border would stay closed. Dominican troops patrolled the frontier.');
  for (const m of ms.filter((x) => /Dominican/.test(x.text))) assert.equal(m.code, 'DOM', m.text);
  assert.ok(ms.some((m) => /Dominican/.test(m.text)));
});

test('a vague word before a count is part of the group\'s span: "several thousand people", "a few hundred miners", "several dozen students"', () => {
  const ms = actors('On Monday, several thousand people gathered in the square. A few hundred miners blocked the road. Police detained several dozen students.');
  find(ms, 'several thousand people');
  find(ms, 'A few hundred miners');
  find(ms, 'several dozen students');
});

test('a capital\'s name read by the places stage as a town of another country codes to that country: "MP for Tripoli" in Lebanon', () => {
  const text = 'Clashes broke out in Tripoli, Lebanon, overnight. The charge was denied by a Future Movement MP for Tripoli.';
  const d = analyse({ id: 't', title: null, source: null, url: null, published: '2008-07-28', text });
  recognisePlaces(d);
  const mp = recogniseActors(d).find((m) => /MP for Tripoli/.test(m.text));
  assert.equal(mp?.code, 'LBN');
  // (Libya's capital in a report on Libya stays Libya's)
  const ly = analyse({ id: 't', title: null, source: null, url: null, published: '2011-05-01', text: 'Libyan forces shelled rebel positions. Officials in Tripoli denied the report.' });
  recognisePlaces(ly);
  assert.equal(recogniseActors(ly).find((m) => /Officials in Tripoli/.test(m.text))?.code, 'LBY');
});

test('"Islam" inside a name is a name ("Home Minister Rafiqul Islam Talukder"); followers of a ruling party are party members, not the government', () => {
  const ms = actors('Home Minister Rafiqul Islam Talukder denied the report. Supporters of the ruling Bangladesh Nationalist Party clashed with strikers.');
  const hm = find(ms, 'Home Minister Rafiqul Islam Talukder');
  assert.equal(hm.sector, 'GOV');
  assert.equal(ms.find((m) => /^Supporters of the ruling/.test(m.text))?.sector, 'PTY');
  // (the ruling party itself is coded with the government)
  assert.equal(actors('The ruling party condemned the strike.').find((m) => /ruling party/.test(m.text))?.sector, 'GOV');
});

test('a prosecutor general, procurator general or solicitor general is the judiciary, no general', () => {
  const ms = actors('The Prosecutor General\'s office said ten people were killed. The procurator general opened a case. The solicitor general appealed.');
  const generals = ms.filter((x) => /general/i.test(x.text));
  assert.equal(generals.length, 3);
  for (const m of generals) assert.equal(m.sector, 'JUD', JSON.stringify(m));
});

test('police before an armed head makes it police; the kind of police before "police" says more; a part of a group is the group', () => {
  assert.equal(find(actors('Residents said police marksmen fired from rooftops.'), 'police marksmen').sector, 'COP');
  assert.equal(find(actors('Police snipers fired on the crowd.'), 'Police snipers').sector, 'COP');
  assert.equal(find(actors('A military police spokesman denied it.'), 'military police spokesman').sector, 'MIL');
  assert.equal(find(actors('Riot police arrested them.'), 'Riot police').sector, 'COP');
  assert.ok(actors('A minority of masked looters attacked the shops.').some((m) => m.text === 'masked looters'));
});

test('one person is no apposition of many ("soldiers loyal to the incumbent, Laurent Gbagbo"), one of many is', () => {
  const ms = actors('Fighters routed militiamen and soldiers loyal to the incumbent, Laurent Gbagbo, a spokesman said.');
  assert.notEqual(find(ms, 'Laurent Gbagbo').sector, 'MIL');
  const kg = actors('"We await a reply," said Ishengul Boldzhurova, one of the leaders of the opposition coalition.');
  assert.equal(find(kg, 'Ishengul Boldzhurova').sector, 'OPP');
});

test('trade unionists are labour, in capitals too', () => {
  assert.equal(find(actors('Police fired on leftists and trade unionists.'), 'trade unionists').sector, 'LAB');
  assert.equal(find(actors('TRADE UNIONISTS MARCHED ON MONDAY.'), 'TRADE UNIONISTS').sector, 'LAB');
});

test('a body\'s own members are of its side; the journalist told is no commander', () => {
  const ms = actors('The national police said six of its personnel were killed. Rebels said their men had withdrawn. Villagers said their men were taken away.');
  assert.deepEqual(ms.filter((m) => m.text === 'personnel').map((m) => m.sector), ['COP']);
  assert.deepEqual(ms.filter((m) => m.text === 'men').map((m) => m.sector), ['REB', 'CVL']);
  // (only a body told in their own sentence: "union" read as no actor leaves the members as they are)
  const un = actors('The army said it had killed ten insurgents. The union said 20 of its members were arrested.');
  assert.notEqual(find(un, 'members').sector, 'MIL');
  const cmd = actors('A police commander told this reporter that his men fired tear gas.');
  assert.equal(find(cmd, 'men').sector, 'COP');
});

test('Dakar read, general causes: followers of a named leader take his sector; a body of groups gathers all it lists; a movement named "for the ..." goes on; initials with a digit, once defined; a regulator is the state', () => {
  const sup = actors('Supporters of jailed union leader Amos Banda clashed with police in Lusaka.');
  assert.equal(find(sup, 'Supporters').sector, 'LAB');
  assert.equal(find(sup, 'union leader Amos Banda').sector, 'LAB', 'the leader keeps his own mention');
  // (a leader of the state's side gives his followers no office)
  assert.notEqual(find(actors('Supporters of President Amos Banda rallied in Lusaka.'), 'Supporters').sector, 'GOV');
  const co = actors('A coalition of trade unions and student groups, the Movement for the Renewal of Zambia (MRZ), rejected the plan. The MRZ said it would march.');
  assert.equal(find(co, 'coalition of trade unions and student groups').sector, 'LAB');
  assert.ok(co.some((m) => m.text === 'Movement for the Renewal of Zambia (MRZ)'), JSON.stringify(co.map((m) => m.text)));
  const dig = actors('The Movement for the Defence of Workers (M2W) called a strike. The M2W said it would not back down.');
  assert.ok(dig.some((m) => m.text === 'M2W' && m.kind === 'org'), JSON.stringify(dig.map((m) => m.text)));
  // (a word with a digit defined by no one is no name)
  assert.ok(!actors('The A4 said it would not back down.').some((m) => m.text === 'A4'));
  assert.equal(find(actors('The telecoms regulator shut down two radio stations.'), 'telecoms regulator').sector, 'GOV');
});

test('"the state" that is a verb\'s subject is the state; a state a place is in is not', () => {
  assert.equal(find(actors('The minister said the state would not allow a small group to hold the capital hostage.'), 'state').sector, 'GOV');
  assert.ok(!actors('Most of the teachers in the state had voted to end the strike.').some((m) => m.text === 'state'));
  assert.ok(!actors('The state of emergency was lifted on Monday.').some((m) => m.text === 'state'));
});

test('a country named as what a place is called is no actor; forces named for a cause are a movement, or rebels for an armed one; "the two sides" are no one body; criminal elements are criminals', () => {
  const ms = actors('Troops cleared a strip of riverbank known locally as Colombia, where criminal elements were said to hide.');
  assert.ok(!ms.some((m) => m.kind === 'country'), JSON.stringify(ms.map((m) => m.text)));
  assert.equal(find(ms, 'criminal elements').sector, 'CRM');
  const ff = actors('The council stopped negotiating with the Forces for Declaration of Freedom and Change, the coalition that led the uprising.');
  assert.equal(find(ff, 'Forces for Declaration of Freedom and Change').kind, 'org');
  assert.notEqual(find(ff, 'Forces for Declaration of Freedom and Change').sector, 'MIL');
  assert.equal(find(actors('The Democratic Forces for the Liberation of Rwanda attacked the village.'), 'Democratic Forces for the Liberation of Rwanda').sector, 'REB');
  const sides = actors('The U.S. Embassy in Khartoum said in a statement that the council bore responsibility. Last month the two sides had agreed on a transition.');
  assert.equal(find(sides, 'two sides').ref, undefined);
});

test('people described by a participle and its place ("leaders meeting in Dar es Salaam") act; the place\'s later words name no one', () => {
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '2015-05-15', text: 'East African leaders meeting in Dar es Salaam on Wednesday called for calm.\n\nMinisters meeting in Brussels condemned the attack.' });
  const call = evs.find((e) => e.event === 'REQUEST');
  assert.equal(call?.actor?.entity_text, 'East African leaders');
  assert.equal(evs.find((e) => e.event === 'ACCUSE')?.actor?.entity_text, 'Ministers');
  assert.ok(!evs.some((e) => e.actor?.entity_text === 'Salaam' || e.recipient?.entity_text === 'Salaam'));
});

test('a group of several states or of foreigners takes no country from the article or the place it is in', () => {
  const text = 'Western diplomats in Kabul condemned the attack. Arab foreign ministers urged calm. Foreign journalists were expelled. Arab residents protested in Kabul. The Foreign Ministry said little. Regional authorities said more. Afghan police patrolled.';
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: '2020-01-01', text });
  doc.places = recognisePlaces(doc);
  const ms = recogniseActors(doc);
  assert.equal(find(ms, 'Western diplomats in Kabul').code, null);
  assert.equal(find(ms, 'Arab foreign ministers').code, null);
  assert.equal(find(ms, 'Foreign journalists').code, null);
  // (but the country's own Arab residents, ministry and regional authorities are its own)
  assert.equal(find(ms, 'Arab residents').code, 'AFG');
  assert.equal(find(ms, 'Foreign Ministry').code, 'AFG');
  assert.equal(find(ms, 'Regional authorities').code, 'AFG');
});

test('a forum is a body ("the Rigwe Youth Forum condemned"), not the officer who signed its statement', () => {
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '2019-11-06', text: 'In a statement signed by its publicity secretary, the Rigwe Youth Forum condemned the killings and accused the security agencies of complicity.' });
  assert.ok(evs.some((e) => e.event === 'ACCUSE' && e.actor?.entity_text === 'Rigwe Youth Forum'));
});

test('an armed opposition is a rebellion; government envoys are the government\'s', () => {
  const ms = actors('The police accused armed dissident groups of infiltrating the protest. The armed opposition attacked. Dissident groups marched.');
  assert.equal(find(ms, 'armed dissident groups').sector, 'REB');
  assert.equal(find(ms, 'armed opposition').sector, 'REB');
  assert.equal(find(ms, 'Dissident groups').sector, 'OPP');
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: '2023-01-19', text: 'Talks with government envoys collapsed in Popayan, Colombia.' });
  doc.places = recognisePlaces(doc);
  assert.equal(find(recogniseActors(doc), 'government envoys').code, 'COL');
});

test('speakers at a rally are no parliament\'s; a revolutionary party is a party, in capitals too', () => {
  const ms = actors('SPEAKERS FROM THE MONGOLIAN DEMOCRATIC UNION ACCUSED THE LEADERSHIP OF THE MONGOLIAN PEOPLE\'S REVOLUTIONARY PARTY.');
  assert.notEqual(find(ms, 'SPEAKERS FROM THE MONGOLIAN DEMOCRATIC UNION').sector, 'LEG');
  // (the party's leadership is the party's, of its sector)
  assert.equal(find(ms, "LEADERSHIP OF THE MONGOLIAN PEOPLE'S REVOLUTIONARY PARTY").sector, 'PTY');
  assert.equal(find(actors('The speaker of parliament said the vote would go ahead.'), 'speaker of parliament').sector, 'LEG');
  assert.equal(find(actors('Revolutionary forces attacked the town.'), 'Revolutionary forces').sector, 'REB');
});

test('plain-clothes men are no civilians; plainclothes police stay police', () => {
  assert.equal(find(actors('An opposition journalist was beaten by plain-clothes men in the capital.'), 'plain-clothes men').sector, 'UAF');
  assert.equal(find(actors('Plainclothes police detained him.'), 'Plainclothes police').sector, 'COP');
});

test('a movement named in the plural is "they" in the next sentence; states named by their people are states', () => {
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '2014-09-09', text: 'The Houthis, who draw their support from the north, set up the camps in mid-August after the government cut fuel subsidies. They demand that the subsidies be restored.' });
  assert.equal(evs.find((e) => e.event === 'REQUEST')?.actor?.entity_name, 'Houthis');
  assert.equal(find(actors('Gulf Arab states urged the Houthis to dismantle their camps.'), 'Gulf Arab states').sector, 'GOV');
  assert.equal(find(actors('Arab residents protested in the city.'), 'Arab residents').sector, 'CVL');
});

test('a common word opening the story after its dateline is no name ("KOUSSERI, Feb. 3 - Heavy fighting raged")', () => {
  assert.ok(!actors('KOUSSERI, Cameroon, Feb. 3 - Heavy fighting raged for a second day in the capital.').some((m) => m.text === 'Heavy'));
});

test('"the unions" after a news agency are no news agency: a definite noun of its own trade takes no body of another as antecedent', () => {
  const ms = actors('Tass said the troops had come. The unions issued a threat of strikes.');
  assert.equal(find(ms, 'unions').sector, 'LAB');
  assert.equal(find(ms, 'unions').code ?? null, null);
});

test('a sentence set all in lower case still names organisations and countries ("the crpf jawans", "pakistan army"); a one-word person name does not ("police may arrest")', () => {
  const ms = actors('the crpf jawans opened fire, while the pakistan army fired at the border.');
  assert.equal(find(ms, 'crpf jawans').sector, 'COP');
  assert.equal(find(ms, 'crpf jawans').code, 'IND');
  assert.equal(find(ms, 'pakistan army').code, 'PAK');
  assert.ok(!actors('police may arrest the leaders on monday.').some((m) => m.kind === 'person'));
  // (a weak head takes its organisation's sector: "a CRPF jawan" is police; jawans alone are soldiers)
  assert.equal(find(actors('A CRPF jawan was injured in the clash.'), 'CRPF jawan').sector, 'COP');
  // (India's parties and Hindu nationalist bodies are named organisations: an arrest by party workers is no police arrest)
  const party = find(actors('the bjp workers detained two men near the temple.'), 'bjp workers');
  assert.equal(party.sector, 'PTY');
  assert.equal(party.code, 'IND');
  assert.equal(find(actors('VHP activists marched to the district office.'), 'VHP activists').sector, 'REL');
});

test('a nationality before the first of two joined nouns is the second\'s too ("Israeli tanks and soldiers", "SOVIET TANKS AND TROOPS"); not a name of its own after "and" ("RUSSIAN TANKS AND PEOPLE\'S POLICE")', () => {
  assert.equal(find(actors('Russia warned on Monday. Israeli tanks and soldiers entered the camp.'), 'soldiers').code, 'ISR');
  assert.equal(find(actors('BERLIN, JUNE 18 (UP) -- SOVIET TANKS AND TROOPS PATROLLED THE STREETS OF BERLIN TODAY.'), 'TROOPS').code, 'RUS');
  assert.notEqual(find(actors('IN BERLIN, RUSSIAN TANKS AND PEOPLE\'S POLICE OPENED FIRE ON THE CROWDS IN BERLIN.'), "PEOPLE'S POLICE").code, 'RUS');
});

test('American police and guard words: patrolmen and state troopers are police, National Guardsmen are military', () => {
  assert.equal(find(actors('Minutes later the highway patrolmen fired shotguns into the crowd.'), 'highway patrolmen').sector, 'COP');
  assert.equal(find(actors('State troopers blocked the road.'), 'State troopers').sector, 'COP');
  assert.equal(find(actors('About 250 National Guardsmen sealed off the campus.'), '250 National Guardsmen').sector, 'MIL');
});

test('a body counted by its members ("the seven-party alliance") is of their sector; "Alliance leaders" opening a sentence are the officers of the alliance told before', () => {
  assert.equal(find(actors('The seven-party alliance condemned the curfew.'), 'seven-party alliance').sector, 'PTY');
  // (a compound of age stays out: "a 24-year-old street vendor")
  assert.equal(find(actors('A 24-year-old street vendor was shot.'), 'street vendor').sector, 'BUS');
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '2006-04-22', text: "Nepal's main opposition alliance on Saturday rejected the king's offer. Alliance leaders demanded that parliament be restored." });
  assert.equal(evs.find((e) => e.event === 'REQUEST')?.actor?.sector, 'OPP');
});

test('the home told after a person\'s age ("Raymond L. Pruitt, 44, of Route 2, Bell Creek, was charged") is no actor', () => {
  const ms = actors('Raymond L. Pruitt, 44, of Route 2, Bell Creek, was charged with disorderly conduct.');
  assert.ok(ms.some((m) => m.text === 'Raymond L. Pruitt'));
  assert.ok(!ms.some((m) => m.text === 'Bell Creek' && !(m as { origin?: boolean }).origin), JSON.stringify(ms.map((m) => m.text)));
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '1992-08-14', text: 'Raymond L. Pruitt, 44, of Route 2, Bell Creek, was charged with disorderly conduct.' });
  assert.ok(!evs.some((e) => e.recipient?.entity_text === 'Bell Creek'));
});

test('bodies named together are "they" ("The rebel MNLA and the Islamist group Ansar Dine took Kidal. On Saturday they took Gao"); a junta\'s supporters are civilians', () => {
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '2012-04-01', text: 'The rebel National Movement for the Liberation of Azawad (MNLA) and the Islamist group Ansar Dine took Kidal on Friday. On Saturday they took Gao, where the army had its regional headquarters.' });
  const took = evs.filter((e) => e.event === 'COERCE' && e.mode === 'seize');
  assert.deepEqual(took.map((e) => e.event_loc.resolved_place).sort(), ['Gao', 'Kidal']);
  assert.ok(took.every((e) => e.actor?.sector === 'REB'), JSON.stringify(took.map((e) => e.actor)));
  assert.equal(find(actors('Several hundred junta supporters occupied the runway.'), 'Several hundred junta supporters').sector, 'CVL');
  assert.equal(find(actors('Army loyalists shelled the town.'), 'Army loyalists').sector, 'MIL');
});

test('Latin, South and Central American groups are of a region, not of the United States; a capitalised name inside a phrase gives no sector ("Air force Hawker Hunter jets")', () => {
  for (const [t, w] of [['Several Latin American embassies have taken in people seeking asylum.', 'Latin American embassies'], ['South American leaders met in Brasilia.', 'South American leaders']]) {
    assert.equal(find(actors(t), w).code, null, t);
  }
  assert.equal(find(actors('American troops fired.'), 'American troops').code, 'USA');
  assert.equal(find(actors('Air force Hawker Hunter jets fired rockets into the palace.'), 'Air force Hawker Hunter jets').sector, 'MIL');
  assert.equal(find(actors('Then Border Police officers fired.'), 'Border Police officers').sector, 'COP');
});

test('the last word of a body\'s name names that body from then on ("the Muslim Brotherhood ... A Brotherhood spokesman")', () => {
  const evs = codeArticle({ id: 't', title: null, source: null, url: null, published: '2013-08-14', text: 'The Muslim Brotherhood said more than two thousand of its supporters had been killed. A Brotherhood spokesman called on Egyptians to take to the streets on Thursday.' });
  assert.equal(evs.find((e) => e.event === 'REQUEST')?.actor?.sector, 'OPP');
});

test('an unknown name ending on a road\'s word ("on Canfield Drive") is that road, no one acted on', () => {
  assert.ok(!actors('The officer who shot Brown on Canfield Drive has not been identified.').some((m) => m.text === 'Canfield Drive'));
});

test('an unknown name joined to the name opening a group is a people of the same head ("between Kikuyu and Kalenjin youths")', () => {
  const ms = actors('Fighting broke out between Kikuyu and Kalenjin youths in Nakuru.', '2008-01-28');
  assert.equal(find(ms, 'Kikuyu').name, 'Kikuyu youths');
  assert.equal(find(ms, 'Kikuyu').sector, 'CVL');
  const e = codeArticle({ id: 't', title: null, source: null, url: null, published: '2008-01-28', text: 'Fighting broke out between Kikuyu and Kalenjin youths in Nakuru.' });
  assert.equal(e[0]?.actor?.entity_text, 'Kikuyu');
  assert.ok(!actors('Soldiers clashed with rebels and Tuareg fighters.').some((m) => m.text === 'rebels' && m.name.endsWith('fighters')));
});

test('initials the article spells out by another name are that body, not the dictionary\'s ("Rapid Support Forces ... RSF units"); a lower figure is a count', () => {
  const ms = actors('Troops of the paramilitary Rapid Support Forces moved in. Later RSF units patrolled Khartoum.', '2019-06-06');
  assert.equal(find(ms, 'RSF units').sector, 'MIL');
  assert.equal(find(ms, 'RSF units').code, 'SDN');
  assert.equal(find(actors('Reporters Without Borders (RSF) condemned the arrest. RSF said it was outraged.'), 'RSF').sector, 'NGO');
  assert.ok(!actors('The Health Ministry has given a much lower figure of 46 dead.').some((m) => m.text.includes('figure')));
  assert.equal(find(actors('A senior opposition figure was arrested.'), 'senior opposition figure').sector, 'OPP');
});

test('a noun of what is said before a relative clause with no "that" is no part of its subject ("a charge officials denied")', () => {
  assert.ok(actors('His brother blamed the government for the killing, a charge officials denied.').some((m) => m.text === 'officials'));
  assert.ok(actors('Elections would be held within nine months, a timetable protest leaders rejected as a ploy.').some((m) => m.text === 'protest leaders'));
});

test('a lone unknown name whose verb comes after an apposition is a person ("Bakhtiar, a longtime critic of the Shah, has promised")', () => {
  assert.ok(actors('Bakhtiar, a longtime critic of the Shah who was expelled from the National Front for accepting the post, has promised to free political prisoners.').some((m) => m.text === 'Bakhtiar' && m.kind === 'person'));
  assert.ok(actors('Bakhtiar, a critic of the government, promised to free political prisoners.').some((m) => m.text === 'Bakhtiar'));
  // (not a common word opening a list: "Today, the police and the army")
  assert.ok(!actors('Tomorrow, the police and the army will patrol the town.').some((m) => m.text === 'Tomorrow'));
  assert.equal(codeArticle({ id: 't', text: 'Bakhtiar, a critic of the Shah, promised to free political prisoners.', title: null, source: null, url: null, published: '2020-05-04' })[0]?.actor?.entity_name, 'Bakhtiar');
});

test('"the union" after a named body of labour is that body; "Hong Kong Island" is no Iceland; a namesake is not the person named before ("Carrie Lam" after Lam Cheuk-ting), and a name\'s office holder keeps it from a namesake of none', () => {
  const u = actors('The Confederation of Copper Workers called a day of protest. The union scaled back the plan last week.');
  assert.equal(find(u, 'union').name, 'Confederation of Copper Workers');
  assert.ok(!actors('Protesters returned from a march on Hong Kong Island.').some((m) => m.code === 'ISL'));
  const l = actors('Among them was the pro-democracy lawmaker Lam Cheuk-ting. The chief executive, Carrie Lam, told reporters that she was shocked.');
  assert.notEqual(find(l, 'Carrie Lam').sector, 'OPP');
  const t = actors('Soldiers arrested President Moussa Traore. His wife, Mariam Traore, was also held. Traore had declared a state of emergency on Friday.');
  assert.equal(t.filter((m) => m.text === 'Traore').pop()?.sector, 'GOV');
  assert.equal(find(actors('A group of men beat local MDC polling agents.'), 'local MDC polling agents').sector, 'PTY');
});

test('"Northern Ireland" and "Ulster" are of the United Kingdom, and a country\'s name ending a place of another country is that place\'s ("the New Mexico governor")', () => {
  assert.equal(find(actors('A spokesman for the Northern Ireland government said so.'), 'spokesman for the Northern Ireland government').code, 'GBR');
  assert.equal(find(actors('The Northern Ireland Civil Rights Association said so.'), 'Northern Ireland Civil Rights Association').code, 'GBR');
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'The New Mexico governor said so.' });
  recognisePlaces(doc);
  assert.equal(recogniseActors(doc).find((m) => m.text === 'New Mexico governor')?.code, 'USA');
});

test('"the force" alone is the police or the army told just before it', () => {
  const ms = actors('Police arrested six men on Monday, as lawmakers accused the force of leaving commuters at the mercy of the assailants.');
  assert.equal(find(ms, 'force').sector, 'COP');
  assert.equal(find(ms, 'force').name, 'Police');
});

test('a hidden face arms no protester ("masked demonstrators"), while "masked men" and "armed protesters" are an armed group', () => {
  const ms = actors('Masked demonstrators smashed their way into the palace. Masked men attacked the village. Armed protesters fired.');
  assert.equal(find(ms, 'Masked demonstrators').sector, 'PRO');
  assert.equal(find(ms, 'Masked men').sector, 'UAF');
  assert.equal(find(ms, 'Armed protesters').sector, 'UAF');
});

test('opponents are the opposition ("opponents accused his family of enriching itself")', () => {
  assert.equal(find(actors('Anger grew after opponents accused his family of enriching itself.'), 'opponents').sector, 'OPP');
  assert.equal(find(actors('Government opponents marched in the capital.'), 'Government opponents').sector, 'OPP');
});

test('"most of them" set off after a noun is a part of that noun, not of whoever was named before ("The police counted 6,500 ... a group of a hundred people, most of them masked")', () => {
  const ms = actors('The police counted 6,500. Then a group of around a hundred youths, most of them masked, broke away.');
  const them = ms.find((m) => m.text === 'them');
  assert.equal(them?.ref?.sector, 'CVL', JSON.stringify(them));
  const ms2 = actors('Soldiers entered the village. Some forty men, several of them wounded, were taken away.');
  assert.notEqual(ms2.find((m) => m.text === 'them')?.ref?.sector, 'MIL');
});

test('a company of soldiers is a military unit, of the sector of whom it is made of ("two companies of the Kenya Regiment"); a company alone is a business', () => {
  assert.equal(find(actors('A company of soldiers arrived in the town.'), 'company of soldiers').sector, 'MIL');
  assert.equal(find(actors('Two companies of the Kenya Regiment arrived.'), 'Two companies of the Kenya Regiment').sector, 'MIL');
  assert.equal(find(actors('The company dismissed 40 workers.'), 'company').sector, 'BUS');
});

test('a group\'s size in a compound before its noun gives it no sector ("a three-man delegation" is the government\'s, no civilians); "the seven-party alliance" is still of parties; "he" in a sentence is the one person it names by a noun before a person of the sentences before', () => {
  assert.equal(find(actors('A three-man delegation arrived in the capital.'), 'delegation').sector, 'GOV');
  assert.equal(find(actors('The seven-party alliance called a strike.'), 'seven-party alliance').sector, 'PTY');
  const ms = actors('A police spokesman said a bomb was thrown at a patrol. Later a gunman was shot dead by troops after he fired on an armoured car.');
  const he = ms.find((m) => m.text === 'he');
  assert.equal(he?.ref?.text, 'gunman', JSON.stringify(he?.ref));
});

test('"he" is not one named in a phrase set off before it ("In a message relayed by a church worker, he threatened"), but one named by a noun in its own clause before it is', () => {
  const ms = actors('Harold Keke, a rebel commander, rejected the deal. In a message relayed by a church worker, he threatened to keep fighting.');
  assert.equal(ms.find((m) => m.text === 'he')?.ref?.name, 'Harold Keke');
});

test('a state actor of no country of its own, right after a sentence opened by a foreign state\'s actor of its sector, is that state\'s ("The Israeli military said ... A military spokesman said the army had warned"); not one owned by someone in its own sentence ("his forces")', () => {
  const ms = actors('BEIRUT, Lebanon (AP) - Lebanese officials said 20 people were killed in Tyre. The Syrian army said it had targeted the area. A military spokesman said the army had warned residents to leave.', '2006-07-31');
  const spokesman = ms.filter((m) => m.text === 'military spokesman').pop();
  assert.equal(spokesman?.code, 'SYR', JSON.stringify(spokesman));
  const own = actors('TBILISI, Georgia (Reuters) - Georgian officials said fighting continued in Sukhumi. The Russian Defence Ministry denied this. An Abkhaz spokesman said his forces had only returned fire.', '1993-07-28');
  assert.notEqual(own.find((m) => m.text === 'forces')?.code, 'RUS');
});

test('an object pronoun is never its own verb\'s subject, nor one joined to it ("Troops and police did not stop them" are not the police)', () => {
  const ms = actors('Hundreds of protesters marched on the building. Lebanese troops and police did not stop them from entering it.', '2006-07-31');
  assert.equal(ms.find((m) => m.text === 'them')?.sector, 'PRO');
  const own = actors('The rebels freed two hostages. The army said it would not harm them.', '2006-07-31');
  assert.notEqual(own.find((m) => m.text === 'them')?.sector, 'MIL');
});

test('"the attackers", "the gang", "the gunmen" with nothing else are the armed men outside the state told just before', () => {
  const ms = actors('Communist guerrillas ambushed a police convoy on the road. The attackers opened fire from a ridge before the gang withdrew into the jungle.', '1951-08-23');
  assert.equal(ms.find((m) => m.text === 'attackers')?.sector, 'REB');
  assert.equal(ms.find((m) => m.text === 'gang')?.sector, 'REB');
  const none = actors('Police said the gunmen fled on motorcycles.', '1951-08-23');
  assert.notEqual(none.find((m) => m.text === 'gunmen')?.sector, 'COP');
});

test('"he" to whom harm was done ("Witnesses said he was shot") is the one harm was done to before, not who did it nor whom it was told to', () => {
  const ms = actors('A 19-year-old student was shot dead on Tuesday. The radio said the student was hit by a bullet fired by a soldier. Witnesses told foreign reporters that he was shot from a few yards away.', '1989-04-14');
  const he = ms.filter((m) => m.text === 'he').pop();
  assert.equal(he?.ref?.name, 'student', JSON.stringify(he?.ref));
});

test('"they" after "a group of armed men" is that group: a group named by its people in the plural is "they"', () => {
  const ms = actors('A group of gunmen attacked a police post near the border. They freed 23 local businessmen.', '2005-05-14');
  assert.equal(ms.find((m) => m.text === 'They')?.sector, 'UAF');
});

test('a name right after a word for a body ("the rebel group Jaish Muhammad", "the opposition party Nur Otan") names that body, of the word\'s sector; a name with an Arabic article joined by a hyphen ("Hizb ut-Tahrir") is one name', () => {
  const ms = actors('Police blamed the unrest on the banned Islamist group Hizb ut-Tahrir. The rebel group Jaish Muhammad denied it. The opposition party Ak Jol said it would boycott the vote.');
  const h = find(ms, 'Islamist group Hizb ut-Tahrir');
  assert.equal(h.kind, 'org');
  assert.equal(h.sector, 'REB');
  const j = find(ms, 'rebel group Jaish Muhammad');
  assert.equal(j.kind, 'org');
  assert.equal(j.sector, 'REB');
  const a = find(ms, 'opposition party Ak Jol');
  assert.equal(a.kind, 'org');
  assert.equal(a.sector, 'OPP');
  // (a person's title before a name is still a person's: "Party leader Ali Khan")
  assert.equal(find(actors('Party leader Ali Khan said the vote was rigged.'), 'Party leader Ali Khan').kind, 'person');
});

test('in a line in capitals a word for a body before a word the reading capitalised is no body named ("AN ALLEGED SERIES OF GANG RAPES" has no gang called Rapes); a body\'s name of two words in capitals is matched ("THE GENERAL ASSEMBLY" in a story of the U.N.)', () => {
  const ms = actors('EGYPTIANS HAVE BEEN DISCUSSING AN ALLEGED SERIES OF GANG RAPES BY A NUMBER OF YOUNG MEN.');
  assert.ok(!ms.some((m) => m.kind === 'org'), JSON.stringify(ms.map((m) => [m.text, m.kind])));
  const un = actors('ACCORDING TO A U.N. SOURCE, THE MISSION DECLINED, ON THE GROUNDS THAT THE GENERAL ASSEMBLY DOES NOT RECOGNISE THE GOVERNMENT.');
  assert.equal(find(un, 'GENERAL ASSEMBLY').cameo_code, 'IGOUNO');
  assert.equal(find(actors('THE GENERAL ASSEMBLY ON SATURDAY APPROVED A STATE OF INTERNAL WAR.'), 'GENERAL ASSEMBLY').sector, 'LEG');
});

test('a title right before a name in the actor file, outside every dated role of it, is read with the words before it ("the protest leader X", "the union leader Boris Yeltsin" in 1980), not as the title alone', () => {
  assert.equal(find(actors('Hours after the protest leader Boris Yeltsin was released from custody, crowds gathered.', '1980-04-24'), 'protest leader Boris Yeltsin').sector, 'PRO');
  assert.equal(find(actors('The union leader Boris Yeltsin was detained on Monday.', '1980-04-24'), 'union leader Boris Yeltsin').sector, 'LAB');
  // (within a dated role, the role says: "the party leader Joe Biden" in 2022 is the government)
  assert.equal(find(actors('The party leader Joe Biden spoke on Monday.', '2022-04-24'), 'party leader Joe Biden').sector, 'GOV');
});

test('a body named "... African Congress" is a party, not a legislature ("the Nyasaland African Congress", "the Pan Africanist Congress"); "leaders of his Congress" are that body\'s, past the owner\'s pronoun', () => {
  assert.equal(find(actors('The Pan Africanist Congress called a strike on Monday.', '1990-01-01'), 'Pan Africanist Congress').sector, 'PTY');
  const ms = actors('Police rounded up scores of leaders of his Nyasaland African Congress.', '1959-03-04');
  assert.equal(find(ms, 'leaders of his Nyasaland African Congress').sector, 'PTY');
  // (a land's congress stays its legislature)
  assert.equal(find(actors('The Peruvian Congress voted on Monday.', '1990-01-01'), 'Peruvian Congress').sector, 'LEG');
});

test('"East Indian families" are of no India, nor do they make the story India\'s', () => {
  const ms = actors('Launches crowded with East Indian families pulled away. Gangs attacked the East Indian sections.', '1964-05-28');
  assert.equal(find(ms, 'East Indian families').code, null);
  assert.equal(find(ms, 'Gangs').code, null);
  assert.equal(find(actors('Indian troops fired on the crowd.', '1990-01-01'), 'Indian troops').code, 'IND');
});
