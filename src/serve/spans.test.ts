import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../pipeline.js';
import { eventSpans, segment } from './spans.js';

test('an event\'s spans name what it was done to, nested around the recipient, each pointing at its text', () => {
  const text = 'Protesters stormed the Finance and Interior Ministry buildings in Lusaka on Monday.';
  const e = codeArticle({ id: 't', text, title: null, source: null, url: null, published: '2021-03-02' }).find((x) => x.trigger.text === 'stormed')!;
  const spans = eventSpans(e, text);
  const object = spans.find((s) => s.role === 'object');
  assert.ok(object, spans.map((s) => s.role).join());
  assert.match(object.text, /^the Finance and Interior Ministry buildings/);
  const recipient = spans.find((s) => s.role === 'recipient')!;
  assert.ok(recipient.start >= object.start && recipient.end <= object.end, 'the recipient lies inside the object');
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, s.role);
  // the segments cover the object with the recipient inside it
  const segs = segment(text.length, spans);
  assert.ok(segs.some((g) => g.roles.includes('object') && g.roles.includes('recipient')));
});

test('the phrase naming who acted is a span of its own around the actor, never running into the act', () => {
  const text = 'Angry farmers with tractors blocked the highway near Lahore on Monday.';
  const e = codeArticle({ id: 't', text, title: null, source: null, url: null, published: '2021-03-02' }).find((x) => x.trigger.text === 'blocked')!;
  assert.equal(e.subject?.text, 'Angry farmers with tractors');
  const spans = eventSpans(e, text);
  const subject = spans.find((s) => s.role === 'subject')!;
  const actor = spans.find((s) => s.role === 'actor')!;
  assert.ok(actor.start >= subject.start && actor.end <= subject.end, 'the actor lies inside the subject phrase');
  // a verb after the name is the act, not part of the name: "Saudi Arabia eased ..."
  const eased = codeArticle({ id: 't', text: 'Saudi Arabia eased key restrictions on foreign workers.', title: null, source: null, url: null, published: '2021-03-02' })[0];
  assert.equal(eased.subject?.text ?? eased.actor?.entity_text, 'Saudi Arabia');
  const subjectOf = (text: string, trigger: string) =>
    codeArticle({ id: 't', text, title: null, source: null, url: null, published: '2021-03-02' }).find((x) => x.trigger.text === trigger)?.subject?.text;
  // a list of actors before the auxiliaries of the act, and appositions on either side of a name
  assert.equal(subjectOf('Norway, Japan and other donors have already pledged new aid to Yemen.', 'pledged'), 'Norway, Japan and other donors');
  assert.equal(subjectOf("Kenya's foreign minister, Raychelle Omamo, condemned the attack.", 'condemned'), "Kenya's foreign minister, Raychelle Omamo");
  assert.equal(subjectOf('Cyril Ramaphosa, the South African president, condemned the attack.', 'condemned'), 'Cyril Ramaphosa, the South African president');
  // an event noun after the actor's words, or carried out by the actor, is what acted, with them
  const strikes = codeArticle({ id: 't', text: 'Turkish army airstrikes have killed 12 militants near Duhok.', title: null, source: null, url: null, published: '2021-03-02' })[0];
  assert.equal(strikes?.subject?.text, 'Turkish army airstrikes');
  const bombing = codeArticle({ id: 't', text: 'A bombing by the Pakistani Taliban killed nine policemen in Quetta.', title: null, source: null, url: null, published: '2021-03-02' })[0];
  assert.equal(bombing?.subject?.text, 'A bombing by the Pakistani Taliban');
  // not a time or an ordinal opening the sentence
  assert.equal(subjectOf('This week, the European Union condemned the attack.', 'condemned'), 'the European Union');
});
