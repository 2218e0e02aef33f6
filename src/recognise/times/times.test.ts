import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../text/analyse.js';
import { datelineDate, datelineEnd, findTimes } from './index.js';

function times(text: string, published: string | null = '2005-03-21') {
  const doc = analyse({ id: 't', text, title: null, source: null, url: null, published });
  return findTimes(doc, doc.sentences[0], published);
}

test('relative days resolve against the publication date, into the past', () => {
  const [t] = times('Demonstrations turned violent on Sunday in Jalal-Abad.');
  assert.equal(t.date, '2005-03-20');
  assert.equal(t.precision, 'day');
  assert.equal(t.text, 'Sunday');
  assert.equal(times('Protesters marched two days ago.')[0]?.date, '2005-03-19');
});

test('precision: a month, a year, a weekend', () => {
  const [m] = times('The unrest began early this month.');
  assert.equal(m.precision, 'month');
  assert.ok(m.date.startsWith('2005-03'));
  assert.equal(times('Akayev has ruled since he was elected in 1990.')[0]?.precision, 'year');
  assert.equal(times('Clashes erupted over the weekend.')[0]?.precision, 'week');
});

test('what is no date: durations, a day counted from another event, a dateline, "may" and "march" in lower case', () => {
  assert.deepEqual(times('Protesters blocked the road for six hours.'), []);
  // chrono counts "two days after" from the publication date; the event it is counted from is elsewhere
  assert.deepEqual(times('Protesters marched two days after the election.'), []);
  assert.deepEqual(times('BISHKEK, March 21 (Reuters) - Protesters stormed the building.').filter((t) => t.text.includes('March 21')), []);
  assert.deepEqual(times('Protesters may march again.'), []);
});

test('"a week later", "the next day": counted from the time told before, marked with the days after', () => {
  const [t] = times('A week later, thousands marched in Osh.');
  assert.equal(t.after, 7);
  assert.equal(times('The next day, police withdrew.')[0]?.after, 1);
});

test('"the previous day", "the night before", "two days earlier": counted back from the time told before; not a span before an act, nor when something ends', async () => {
  assert.equal(times('Troops had fired on the crowd the previous day.')[0]?.after, -1);
  assert.equal(times('Two days earlier, protesters had stormed the town hall.')[0]?.after, -2);
  assert.equal(times('The depot had been set alight the night before.')[0]?.after, -1);
  // (not "held him for 35 days before releasing him", "the day before the election")
  assert.ok(!times('The rebels held him for 35 days before releasing him.').some((t) => t.after !== undefined));
  assert.ok(!times('Clashes erupted on the day before the election.').some((t) => t.after !== undefined));
  assert.ok(!times('A curfew was in force from eight in the evening until five the next morning.').some((t) => t.after !== undefined));
  const { codeArticle } = await import('../../pipeline.js');
  const code = (text: string) => codeArticle({ id: 't', text, title: null, source: null, url: null, published: '2005-05-14' });
  // (from a day told before it in its own sentence)
  const fired = code('President Islam Karimov on Saturday blamed Islamic extremists for the uprising, while witnesses said government troops had fired on thousands of protesters the previous day.').find((e) => e.event === 'ASSAULT');
  assert.equal(fired?.date, '2005-05-13');
  assert.equal(fired?.date_precision, 'day');
  // (or in the sentence before)
  assert.equal(code('Police arrested 20 people on Monday. Two days earlier, protesters had stormed the town hall.').find((e) => e.event === 'PROTEST')?.date, '2005-05-07');
});

test('a day something is set for is ahead: "a general strike for Thursday" is not last Thursday, and the strike has not happened', async () => {
  const [t] = times('The opposition called a general strike for Thursday.', '2024-07-17');
  assert.equal(t.date, '2024-07-18');
  assert.equal(t.scheduled, true);
  const { codeArticle } = await import('../../pipeline.js');
  const evs = codeArticle({ id: 't', text: 'The opposition called a general strike for Thursday.', title: null, source: null, url: null, published: '2024-07-17' });
  assert.ok(evs.every((e) => e.event !== 'PROTEST'));
});

test('what something lasts is no date: "martial law could last a year"', () => {
  assert.deepEqual(times('Duterte said martial law could last a year.', '2017-05-24'), []);
});

test('a month name alone inside a name is no date: "a Tribal Solidarity March", "Theresa May"; "Last March", "in May" are', () => {
  assert.equal(times('Violence broke out after a "Tribal Solidarity March" organised by students.', '2023-05-04').length, 0);
  assert.equal(times('Prime Minister Theresa May said the talks would go on.', '2017-06-01').length, 0);
  assert.equal(times('Last March, thousands marched in the capital.', '2023-05-04')[0]?.date.slice(0, 7), '2023-03');
  assert.equal(times('The curfew was imposed in May.', '2023-06-04')[0]?.date.slice(0, 7), '2023-05');
  // in capitals every word looks like a name: a month alone after a modifier is the noun, after a word of time the month
  assert.equal(times('STUDENT LEADERS WERE PLANNING A MASS MARCH ON PARLIAMENT.', '1998-05-14').length, 0);
  assert.equal(times('THE PROTESTS BEGAN IN MARCH AND SPREAD.', '1998-05-14')[0]?.date.slice(0, 7), '1998-03');
});

test('a weekday naming a deadline is one ahead', () => {
  const [t] = times('Nato sets Friday deadline as Serb guns pound Tesanj', '1994-09-14');
  assert.equal(t?.date, '1994-09-16');
});

test('the times of a sentence are read once per document and reference day', () => {
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: '2005-03-21', text: 'Protesters stormed the building on Sunday.' });
  const a = findTimes(doc, doc.sentences[0], '2005-03-21');
  assert.equal(findTimes(doc, doc.sentences[0], '2005-03-21'), a);
  assert.equal(a[0]?.date, '2005-03-20');
  // (another reference day is another question)
  assert.equal(findTimes(doc, doc.sentences[0], '2005-03-28')[0]?.date, '2005-03-27');
});

test('years in words, alone after a word of time or after a day and month; a weekday something is set for lies ahead', () => {
  const at = (text: string) => times(text, '2013-11-06').map((t) => `${t.date}/${t.precision}`);
  assert.deepEqual(at('The civil war ended in nineteen ninety-two.'), ['1992-01-01/year']);
  assert.deepEqual(at('The stadium bears the name of the twenty-eighth of September, nineteen fifty-eight.'), ['1958-09-28/day']);
  assert.deepEqual(at('He seized power on the twenty-third of December, two thousand and eight.'), ['2008-12-23/day']);
  assert.deepEqual(at('The accord was signed on October 4, nineteen ninety-two, in Rome.'), ['1992-10-04/day']);
  assert.deepEqual(at('Nineteen people were killed and two thousand fled.'), []);
  assert.deepEqual(times('The union has called a general strike for Monday.', '2009-09-29').map((t) => t.date), ['2009-10-05']);
});

test('a wire dateline whose country has a small word in its name ends at its dash', () => {
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: '2023-02-09', text: 'GOMA, Democratic Republic of Congo, Feb 9 (Great Lakes Wire) — Shells hit a market in Sake on Wednesday.' });
  const end = datelineEnd(doc, doc.sentences[0]);
  assert.equal(doc.text.slice(end, end + 1), '—');
  const not = analyse({ id: 't', title: null, source: null, url: null, published: null, text: 'UN officials said of the attack - a bomb - that it was planned.' });
  assert.equal(datelineEnd(not, not.sentences[0]), -1);
});

test('a day and month naming a group is no date: "the June Fifth Movement", "the March 14 alliance"', () => {
  assert.deepEqual(times('Supporters of the March 14 alliance rallied in the capital.').map((t) => t.text), []);
  assert.deepEqual(times('A coalition known as the June Fifth Movement has led mass protests.').map((t) => t.text), []);
  assert.deepEqual(times('Members of the 6th of April Youth Movement marched on Friday.').map((t) => t.text), ['Friday']);
  // (a date before a common noun that is no group's head stays a date)
  assert.deepEqual(times('Protesters gathered on March 14 outside parliament.').map((t) => t.date), ['2005-03-14']);
  assert.deepEqual(times('The March 14 rally drew thousands.').map((t) => t.date), ['2005-03-14']);
});

test('the report\'s own weekday told before "last week" in another clause is today; after it, last week\'s', () => {
  assert.deepEqual(times('Heavy fighting raged for a second day on Sunday in the capital, as rebels who crossed the border last week fought troops.', '2008-02-03').map((t) => t.date).slice(0, 1), ['2008-02-03']);
  assert.equal(times('The unrest began last week at the university, where students boycotted classes on Monday.', '2005-06-13').find((t) => t.text === 'Monday')?.date, '2005-06-06');
});

test('a bare year after "since" is a time too ("ruled by the Army since 1954, when an invasion overthrew ...")', () => {
  assert.deepEqual(times('The country has been ruled by the army since 1954, when an invasion overthrew the government.', '1985-09-05').map((t) => t.date), ['1954-01-01']);
});

test('"in two days of protests" is a stretch of days, no day two days after the report', () => {
  const t = times('Twelve people were shot dead in two days of protests, hospital staff said Wednesday.');
  assert.deepEqual(t.map((x) => x.text), ['Wednesday']);
});

test('"after a day in which ...", "in two weeks during which ...": a stretch told by what filled it is no day counted from the report', () => {
  assert.deepEqual(times('Troops opened fire on Friday evening after a day in which armed men broke into the city jail.', '2005-05-14').map((x) => x.text), ['Friday evening']);
  assert.deepEqual(times('Hundreds were detained in two weeks during which the army swept the valley.', '2005-05-14').map((x) => x.text), []);
});

test('"on Monday last week" is last week\'s Monday; "last week" told after the weekday, of something else ("walked off the job on Tuesday, demanding the reinstatement of a foreman dismissed last week"), leaves the weekday this week\'s', () => {
  assert.equal(times('Students boycotted classes on Monday last week.', '1970-04-16')[0]?.date, '1970-04-06');
  assert.equal(times('Cane cutters walked off the job on Tuesday, demanding the reinstatement of a foreman dismissed last week.', '1970-04-16').find((t) => t.text === 'Tuesday')?.date, '1970-04-14');
});

test('"last week" inside an aside on the subject, set off by commas before the verb ("The minister, appointed last week at the head of a new government, met them on Tuesday"), leaves the weekday this week\'s', () => {
  assert.equal(times('The new prime minister, appointed last week at the head of a unity government, met rebel leaders in the south on Tuesday.', '1997-03-20').find((t) => t.text === 'Tuesday')?.date, '1997-03-18');
  // (the week told in the sentence's own clause still counts: "The unrest began last week at the university, where students boycotted classes on Monday")
  assert.equal(times('The unrest began last week at the university, where students boycotted classes on Monday.', '1997-03-20').find((t) => t.text === 'Monday')?.date, '1997-03-10');
});

test('a stretch spent so ("after 56 days as a hostage", "after a week in custody") is no day counted from the report', () => {
  assert.deepEqual(times('The former minister walked free yesterday afternoon after 56 days as a hostage.', '2000-07-14').map((x) => x.text), ['yesterday afternoon']);
  assert.deepEqual(times('He was released after a week in custody.', '2000-07-14').map((x) => x.text), []);
});

test('a part of the day "on" a weekday is that weekday ("fighting raged for a second night on Sunday"), and a month told in the clause of "when" after a year is that year\'s', () => {
  const [night] = times('Gunmen exchanged fire for a second night on Sunday.', '2012-05-15');
  assert.equal(night?.date, '2012-05-13');
  const sept = times('The town has been tense since 1992, when troops killed more than 50 people in a single night in March.', '1996-07-12').find((t) => t.text.includes('March'));
  assert.equal(sept?.date.slice(0, 7), '1992-03');
  // (not past a semicolon, a clause of its own)
  const own = times('In 1992, when troops took over, the town was calm; in March rebels attacked.', '1996-07-12').find((t) => t.text.includes('March'));
  assert.equal(own?.date.slice(0, 7), '1996-03');
});

test('a wire dateline in capitals whose names hold common words ("TAKORADI, GOLD COAST, JUNE 2 (AP) -", read in ordinary case as "gold coast") is a dateline, and its day dates "tonight"', () => {
  const text = 'TAKORADI, GOLD COAST, JUNE 2 (AP) - RIOT POLICE DISPERSED STRIKING DOCKERS HERE TONIGHT.';
  const doc = analyse({ id: 't', title: null, source: null, url: null, published: '1950-06-03', text });
  const end = datelineEnd(doc, doc.sentences[0]);
  assert.equal(text.slice(end, end + 1), '-');
  assert.equal(datelineDate(doc, '1950-06-03'), '1950-06-02');
  // (a sentence in capitals with a dash is no dateline)
  const not = analyse({ id: 't', title: null, source: null, url: null, published: '1950-06-03', text: 'THE GOVERNMENT - WHICH HAD BANNED THE STRIKE - SENT TROOPS.' });
  assert.equal(datelineEnd(not, not.sentences[0]), -1);
});

test('a month\'s day an action is called for is ahead when it lies within half a year ("called for a strike on November 10" in an October report is this November), and the call is not dated by it; a day an act was done on stays behind', () => {
  const called = times('Union leaders called for a one-day general strike on December 3.', '1990-11-20');
  assert.equal(called[0]?.date, '1990-12-03');
  assert.equal(called[0]?.scheduled, true);
  assert.equal(times('Police broke up a strike on December 3.', '1990-11-20')[0]?.date, '1989-12-03');
});

test('a date that names a place or a body after it is part of the name ("at May 13 Square", "the 26 July Movement"), no day of the story', () => {
  const ts = times('About 15,000 supporters gathered on Monday morning at May 13 Square before marching toward the palace.', '2009-02-24');
  assert.deepEqual(ts.map((t) => t.date), ['2009-02-23']);
  assert.equal(times('Rebels of the 26 July Movement attacked a barracks.', '1958-03-01').length, 0);
  assert.equal(times('Protesters gathered on May 13 outside the palace.', '2009-05-14')[0]?.date, '2009-05-13');
});

test('the report\'s own weekday, told right after a sentence dated a day in the week before, is that week\'s ("Wednesday, May 20 ... On Thursday a strike broke out" in the paper of Thursday May 28); after a day told earlier it stays the report\'s', () => {
  const doc = analyse({ id: 't', text: 'In the early hours of Wednesday, May 20, a house was bombed. On Thursday a strike broke out at the works.', title: null, source: null, url: null, published: '1964-05-28' });
  assert.equal(findTimes(doc, doc.sentences[1], '1964-05-28')[0]?.date, '1964-05-21');
  const far = analyse({ id: 't', text: 'Police arrested 20 people on May 12. On Thursday a strike broke out.', title: null, source: null, url: null, published: '1964-05-28' });
  assert.equal(findTimes(far, far.sentences[1], '1964-05-28')[0]?.date, '1964-05-28');
});

test('a month is read by its name, whole or short, not inside another word: "marched 3 km" names no March 3 before the report\'s own weekday', () => {
  const doc = analyse({ id: 't', text: 'Protesters marched 3 km to the square. On Thursday a strike broke out.', title: null, source: null, url: null, published: '1964-03-12' });
  assert.equal(findTimes(doc, doc.sentences[1], '1964-03-12')[0]?.date, '1964-03-12');
});

test('a month told without its year before "and", "to" or "until" and a month of a year is of that year ("In June and July 1976"), or of the year before when it comes later in the calendar ("between November and March 1971")', () => {
  assert.deepEqual(times('In June and July 1976, the uprising was crushed.', '2019-03-04').map((t) => t.date), ['1976-06-01', '1976-07-01']);
  assert.deepEqual(times('Between November and March 1971 the strikes spread.', '2019-03-04').map((t) => t.date), ['1970-11-01', '1971-03-01']);
  assert.deepEqual(times('Troops patrolled the city in April and again on May 9, 1983.', '2019-03-04').map((t) => t.date)[0], '2018-04-01');
  assert.deepEqual(times('The curfew held between April 3 and May 9, 1983.', '2019-03-04').map((t) => t.date)[0], '1983-04-03');
  // (a month alone with no year after it stays the report's)
  assert.equal(times('In June the strikes spread.', '2019-09-04')[0]?.date, '2019-06-01');
});

test('"over the past several days", "in the past few days" and "in recent days" are the few days up to the report, counted from three days before it at week precision, like "over the last three days"', () => {
  for (const x of ['over the past several days', 'in the past few days', 'in recent days', 'over the last three days']) {
    const t = times(`The opposition has launched similar protests in eight other towns ${x}.`, '2005-03-21');
    assert.deepEqual(t.map((m) => [m.text, m.date, m.precision]), [[x, '2005-03-18', 'week']]);
  }
  // (not a stretch of weeks, nor days told with another time)
  assert.equal(times('Protests spread in recent weeks.', '2005-03-21').length, 0);
  assert.deepEqual(times('Protests spread in recent days and on Sunday police fired.', '2005-03-21').map((m) => m.date), ['2005-03-20']);
});
