import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trueCase } from './truecase.js';
import { analyse } from './analyse.js';

test('a line in capitals gets ordinary case, the same length; lines in mixed case are kept; no line in capitals gives null', () => {
  const text = 'Rebels reject deal\n\nTIRANA, MARCH 10 (REUTERS) - ARMED REBELS IN SOUTHERN ALBANIA ON MONDAY REJECTED A DEAL BETWEEN PRESIDENT SALI BERISHA AND OPPOSITION PARTIES.';
  const c = trueCase(text)!;
  assert.equal(c.length, text.length);
  assert.equal(c.toUpperCase().slice(20), text.toUpperCase().slice(20));
  assert.ok(c.startsWith('Rebels reject deal\n\n'));
  assert.equal(c.slice(20), 'Tirana, March 10 (Reuters) - Armed rebels in southern Albania on Monday rejected a deal between President Sali Berisha and opposition parties.');
  assert.equal(trueCase('Police arrested 12 people in Osh on Monday, the UN said.'), null);
});

test('names keep their capital: unknown words, countries and demonyms, known bodies and people, titles before names, days; common words do not', () => {
  const c = (s: string) => trueCase(s)!;
  // (words the lexicon lacks, and forms of words it has: "DEPOTS", "GUNMEN", "WARPLANES" are no names)
  assert.equal(c('GUNMEN LOOTED ARMY DEPOTS IN GJIROKASTER AS WARPLANES FLEW OVER.'), 'Gunmen looted army depots in Gjirokaster as warplanes flew over.');
  assert.equal(c('FRENCH TROOPS FLOWN IN FROM CHAD REACHED TURKEY ON SUNDAY.'), 'French troops flown in from Chad reached Turkey on Sunday.');
  assert.equal(c('THE UNITED NATIONS AND NATO SAID THE OSCE WOULD SEND MONITORS.'), 'The United Nations and NATO said the OSCE would send monitors.');
  assert.equal(c('DEFENSE MINISTER JUAN PONCE ENRILE AND GEN. FIDEL RAMOS LED THE REVOLT.'), 'Defense Minister Juan Ponce Enrile and Gen. Fidel Ramos led the revolt.');
  assert.equal(c('THE REV. JAMES PORTER SAID HE WOULD GO.'), 'The Rev. James Porter said he would go.');
});

test('words that are names in one place and words in another: MARCH and MAY by a date, US the country or the pronoun, initials', () => {
  const c = (s: string) => trueCase(s)!;
  assert.equal(c('PROTESTERS MARCH ON PARLIAMENT AS THEY MAY DO IN MAY AND ON MARCH 2.'), 'Protesters march on parliament as they may do in May and on March 2.');
  assert.equal(c('THE US AMBASSADOR SAID US TROOPS WOULD HELP US, HE TOLD US.'), 'The US ambassador said US troops would help us, he told us.');
  // (dotted initials, initials without vowels, and what a line gives in brackets stay capitals wherever they come)
  assert.equal(c('U.S. OFFICIALS SAID THE PKK AND THE NATIONAL LEAGUE FOR DEMOCRACY (NLD) MET. THE NLD AGREED.'), 'U.S. officials said the PKK and the National League for Democracy (NLD) met. The NLD agreed.');
  // (a name whose initials are not those in brackets keeps ordinary case)
  assert.equal(c('THE ARREST WAS CONDEMNED BY THE ASSOCIATION OF UNIVERSITY STUDENTS (AEU). THE AEU PROTESTED.'), 'The arrest was condemned by the association of university students (AEU). The AEU protested.');
  // (hyphenated names, not prefixes)
  assert.equal(c('SUPPORTERS OF PRESIDENT JEAN-BERTRAND ARISTIDE AND ANTI-ARISTIDE MILITIAS CLASHED IN JALAL-ABAD.'), 'Supporters of President Jean-Bertrand Aristide and anti-Aristide militias clashed in Jalal-Abad.');
});

test('a text in capitals is tagged as in ordinary case, while its tokens keep their offsets and the doc its article', () => {
  const text = 'HE ACCUSED BERISHA\'S SECURITY POLICE OF ARRESTING OPPOSITION SUPPORTERS.';
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: null, text });
  assert.equal(doc.article.text, text);
  assert.equal(doc.text.length, text.length);
  // (tags and lemmas as in ordinary case: in capitals every word was a name, "SUPPORTERS" without its lemma)
  const police = doc.tokens.find((t) => t.lower === 'police')!;
  assert.equal(police.pos, 'NOUN');
  assert.equal(text.slice(police.start, police.end), 'POLICE');
  assert.equal(doc.tokens.find((t) => t.lower === 'berisha')?.pos, 'PROPN');
  assert.equal(doc.tokens.find((t) => t.lower === 'supporters')?.lemma, 'supporter');
});

test('in capitals, an unknown name after a title like "spokesman" or "leader" keeps its capitals, though it splits into words the lexicon has', () => {
  const c = trueCase('GOVERNMENT SPOKESMAN GETACHEW REDA ACCUSED ELEMENTS IN EGYPT OF ARMING THE GROUPS.')!;
  assert.match(c, /Getachew Reda accused/);
  assert.match(c, /accused elements in Egypt/);
});
