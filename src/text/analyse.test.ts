import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './analyse.js';

function doc(text: string) {
  return analyse({ id: 't', title: null, source: null, url: null, published: null, text });
}

/** the tag of the first token written `w` in the text */
function pos(text: string, w: string) {
  return doc(text).tokens.find((t) => t.text === w)?.pos;
}

test('token offsets point at the article text', () => {
  const text = 'He said:  “Hello”\n\n  they\'re  killing 1,000 people... in the U.S. – today!  ';
  const d = doc(text);
  for (const t of d.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(d.tokens.some((t) => t.text === 'killing' && t.lemma === 'kill'));
});

test('a blank line ends a sentence (headlines are not glued to the next sentence)', () => {
  const d = doc('Polls fraud\n\nThe unrest began early this month.');
  assert.equal(d.sentences.length, 2);
  assert.equal(d.text.slice(d.sentences[0].start, d.sentences[0].end), 'Polls fraud');
});

test('empty and whitespace-only text give an empty doc', () => {
  assert.equal(doc('').tokens.length, 0);
  assert.equal(doc('   \n\n  ').sentences.length, 0);
});

test('lemmas wink-nlp gets wrong are mended from data: "staged" is "stage", "raped" is "rape"', () => {
  const doc = analyse({ id: 'l', text: 'Workers staged a strike and soldiers raped women while waging war.', title: null, source: null, url: null, published: null });
  const lemma = (w: string) => doc.tokens.find((t) => t.lower === w)?.lemma;
  assert.equal(lemma('staged'), 'stage');
  assert.equal(lemma('raped'), 'rape');
  assert.equal(lemma('waging'), 'wage');
});

test('"a.m." and "p.m." end a sentence before a capitalised word that is no day, month or time zone', () => {
  const d = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'A curfew ran from 6 p.m. to 6 a.m. Police arrested five men. The rally began at 10 a.m. Monday and ended at 2 p.m. GMT.' });
  assert.deepEqual(d.sentences.map((s) => d.text.slice(s.start, s.end)), ['A curfew ran from 6 p.m. to 6 a.m.', 'Police arrested five men.', 'The rally began at 10 a.m. Monday and ended at 2 p.m. GMT.']);
});

test('a title\'s full stop before a name ends no sentence, in capitals too', () => {
  const sents = (t: string) => { const d = analyse({ id: 'x', text: t, title: null, source: null, url: null, published: null }); return d.sentences.map((s) => t.slice(s.start, s.end)); };
  assert.equal(sents('TALKS WERE HELD, WITH A LUTHERAN MINISTER, THE REV. PAUL A. LINDQUIST, ACTING AS GO-BETWEEN.').length, 1);
  assert.equal(sents('LT. COL. JOHN SMITH SAID THE TOWN WAS CALM.').length, 1);
  assert.deepEqual(sents('They asked the Rev. Then they left.'), ['They asked the Rev.', 'Then they left.']);
});

test('a plural the tagger takes for a verb, opening its clause before "of", is a noun: "where groups of young men set fire"', () => {
  const d = doc('The violence was worst in the port, where groups of young men set fire to a police station after nightfall.');
  assert.equal(d.tokens.find((t) => t.lower === 'groups')?.pos, 'NOUN');
  // (a verb with its subject before it stays a verb)
  const v = doc('The minister warns of unrest, and the army speaks of calm.');
  assert.equal(v.tokens.find((t) => t.lower === 'speaks')?.pos, 'VERB');
});

test('a quoted cry\'s mark ends no sentence that goes on in lower case after its closing quote', () => {
  const d = doc('Thousands of mourners chanting "Freedom!" buried protesters on Thursday. They shouted "Go!" Police fired.');
  assert.deepEqual(d.sentences.map((s) => d.text.slice(s.start, s.end)), ['Thousands of mourners chanting "Freedom!" buried protesters on Thursday.', 'They shouted "Go!"', 'Police fired.']);
});

test('a capitalised "May" after a name or title is a name, not the modal; after "in", before a day or a base-form verb it is not', () => {
  const pos = (text: string, i = 0) => doc(text).tokens.filter((t) => t.text === 'May')[i]?.pos;
  assert.equal(pos('Theresa May met Angela Merkel in Berlin on Monday.'), 'PROPN');
  assert.equal(pos('Prime Minister May has rejected the calls.'), 'PROPN');
  assert.notEqual(pos('Police arrested him in May.'), 'PROPN');
  assert.notEqual(pos('The talks ended on 5 May. Britain May Impose Sanctions'), 'PROPN');
  assert.notEqual(pos('Britain May Impose Sanctions On Iran'), 'PROPN');
});

test('a verb\'s base form right after a subordinator, before the nouns of a clause\'s subject, is a noun ("when state highway patrolmen opened fire")', () => {
  assert.equal(pos('Three men were wounded when state highway patrolmen opened fire on a crowd.', 'state'), 'NOUN');
  assert.equal(pos('The rally broke up when march organisers left.', 'march'), 'NOUN');
  assert.equal(pos('He was there when state police arrived.', 'state'), 'NOUN');
  // (the verb it is stays one: "they will march when ...")
  assert.equal(pos('Students said they will march when classes resume.', 'march'), 'VERB');
});

test('a capitalised word after a name and before a finite verb ends the name ("Ansar Dine/VERB took Kidal")', () => {
  assert.equal(pos('Ansar Dine took Kidal on Friday.', 'Dine'), 'PROPN');
  // (a title-case headline keeps its verbs: "Rebels Seize Town As Troops Flee")
  assert.notEqual(pos('Rebels Seize Town As Troops Flee', 'Seize'), 'PROPN');
});

test('"shot" after a noun, before "dead" or "and" with a verb, is the verb; "military" after an article and before a finite verb is a noun', () => {
  assert.equal(pos('Security forces in Myanmar shot dead dozens of people.', 'shot'), 'VERB');
  assert.equal(pos('Soldiers shot and killed two men.', 'shot'), 'VERB');
  assert.equal(pos('The first shot was fired at noon.', 'shot'), 'NOUN');
  assert.equal(pos('The military seized power.', 'military'), 'NOUN');
  assert.equal(pos('The military police arrested him.', 'military'), 'ADJ');
});

test('"in." kept whole by the tokeniser ends the sentence after a word when a capitalised word follows ("he was brought in. Paul Mirgin was also killed"); after a figure it is the inch', () => {
  const d = doc('He died two hours after he was brought in. Paul Mirgin was also killed.');
  assert.equal(d.sentences.length, 2);
  assert.equal(doc('The pipe measured 12 in. Workers said so.').sentences.length, 1);
});

test('a chronology\'s present tense: a verb\'s base form after a plural subject opening the sentence or the entry after its date is the verb ("Police charge the crowd", "March 3: Security forces arrest dozens"); a noun compound stays one', () => {
  assert.equal(pos('The students marched. Police charge the crowd with batons.', 'charge'), 'VERB');
  assert.equal(pos('March 3: Security forces arrest dozens in the capital.', 'arrest'), 'VERB');
  assert.equal(pos('Riot police raid the offices of the paper.', 'raid'), 'VERB');
  assert.equal(pos('4 April - Troops open fire on marchers in the port.', 'open'), 'VERB');
  assert.equal(pos('Police charge them with batons.', 'charge'), 'VERB');
  // (a noun compound: no object after it, or a finite verb after its noun)
  assert.notEqual(pos('Police charge sheets were filed on Monday.', 'charge'), 'VERB');
  assert.notEqual(pos('Police fire killed two people.', 'fire'), 'VERB');
  assert.notEqual(pos('Police raids continued for a week.', 'raids'), 'VERB');
  // (not after a subject inside the sentence with no subordinator before it)
  assert.notEqual(pos('He said that the report of the police charge the next day was false.', 'charge'), 'VERB');
});

test('the retagging rules know where sentences end before sentence numbers are given: a past form after the phrase opening a later sentence is its verb ("He arrived on Monday. A general strike paralysed the capital.")', () => {
  assert.equal(pos('He arrived on Monday. A general strike paralysed the capital.', 'paralysed'), 'VERB');
  assert.equal(pos('The talks ended. The blast damaged a mosque in the old town.', 'damaged'), 'VERB');
});

test('a quoted cry\'s mark with the sentence going on after a comma ends no sentence (\'the crowd, chanting "Papandreou!" and "Constitution!", tried to push through police lines\')', () => {
  const d = doc('Witnesses said the crowd, chanting "Papandreou!" and "Constitution!", tried to push through police lines. Police fired tear gas.');
  assert.equal(d.sentences.length, 2, JSON.stringify(d.sentences.map((s) => d.text.slice(s.start, s.end))));
  assert.equal(doc('They shouted "Go home!" Then they left.').sentences.length, 2);
});
