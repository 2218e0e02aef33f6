import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../text/analyse.js';
import { nounPhrase, phraseAround } from './phrase.js';
import { codeArticle } from '../pipeline.js';

function phraseAfter(text: string, word: string): string | null {
  const d = analyse({ id: 't', title: null, source: null, url: null, published: null, text });
  const i = d.tokens.findIndex((t) => t.text === word);
  assert.ok(i >= 0, word);
  const c = nounPhrase(d.tokens, d.sentences[0], i + 1);
  return c ? text.slice(d.tokens[c.first].start, d.tokens[c.last - 1].end) : null;
}

function objectOf(text: string, trigger: string): string | null | undefined {
  const evs = codeArticle({ id: 't', text, title: null, source: null, url: null, published: '2021-03-01' });
  const e = evs.find((x) => x.trigger.text === trigger);
  assert.ok(e, `an event for "${trigger}" in: ${text}`);
  return e.object?.text;
}

test('noun phrases: numbers with their approximators, hyphenated modifiers, possessives, "of" and coordination', () => {
  assert.equal(phraseAfter('Gunmen killed at least twelve villagers on Tuesday.', 'killed'), 'at least twelve villagers');
  assert.equal(phraseAfter('Jets bombed the militia-held market town of Qaryat near Homs.', 'bombed'), 'the militia-held market town of Qaryat near Homs');
  assert.equal(phraseAfter("Rebels ambushed the province's governor and two bodyguards.", 'ambushed'), "the province's governor and two bodyguards");
  assert.equal(phraseAfter('Crowds stormed the Finance and Justice Ministry buildings.', 'stormed'), 'the Finance and Justice Ministry buildings');
  assert.equal(phraseAfter('The court rejected a request by the defence lawyers to delay the trial.', 'rejected'), 'a request by the defence lawyers');
  assert.equal(phraseAfter('Donors backed the internationally recognised council in Benghazi.', 'backed'), 'the internationally recognised council in Benghazi');
  // a place phrase names a place: not "in a shoot-out"
  assert.equal(phraseAfter('Soldiers killed two bandits in a shoot-out.', 'killed'), 'two bandits');
  // a second clause is not a second object
  assert.equal(phraseAfter('Troops shelled the camp and the rebels fled.', 'shelled'), 'the camp');
  assert.equal(phraseAfter('Troops shelled the camp and burned the houses.', 'shelled'), 'the camp');
  // no noun phrase: a verb, an adverb clause
  assert.equal(phraseAfter('The strikers went home.', 'strikers'), null);
});

test('phraseAround: the whole phrase that holds a name', () => {
  const text = 'Several hundred angry farmers of the valley were detained.';
  const d = analyse({ id: 't', title: null, source: null, url: null, published: null, text });
  const i = d.tokens.findIndex((t) => t.text === 'farmers');
  const c = phraseAround(d.tokens, d.sentences[0], i, i + 1);
  assert.equal(text.slice(d.tokens[c.first].start, d.tokens[c.last - 1].end), 'Several hundred angry farmers of the valley');
});

test('events name what they were done to; the recipient is the actor inside', () => {
  assert.equal(objectOf('Protesters stormed the Finance and Justice Ministry buildings in Lusaka on Monday.', 'stormed'), 'the Finance and Justice Ministry buildings in Lusaka');
  // a time between the verb and its object is skipped
  assert.equal(objectOf('China vetoed on Friday a French-drafted Security Council resolution.', 'vetoed'), 'a French-drafted Security Council resolution');
  const veto = codeArticle({ id: 't', text: "The minister rejected the Kenyan government's proposal for talks.", title: null, source: null, url: null, published: '2021-03-01' })
    .find((e) => e.event === 'REJECT');
  assert.equal(veto?.object?.text, "the Kenyan government's proposal");
  assert.equal(veto?.recipient?.code, 'KEN');
  // passive: the subject is what it was done to
  assert.equal(objectOf('Three aid workers of the charity were abducted by gunmen.', 'abducted'), 'Three aid workers of the charity');
  // an event noun: "attack on", "arrest of"
  assert.equal(objectOf('Militants launched an attack on a police post near the border.', 'attack'), 'a police post near the border');
  assert.equal(objectOf('The arrest of two opposition leaders angered the crowd.', 'arrest'), 'two opposition leaders');
  // a place the object is in does not become the recipient
  const raid = codeArticle({ id: 't', text: 'Israeli jets struck a weapons depot in Syria overnight.', title: null, source: null, url: null, published: '2021-03-01' })
    .find((e) => e.event === 'ASSAULT');
  assert.equal(raid?.object?.text, 'a weapons depot in Syria');
  assert.notEqual(raid?.recipient?.entity_text, 'Syria');
});
