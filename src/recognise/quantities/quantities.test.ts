import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../text/analyse.js';
import { findQuantities, totals } from './index.js';

function sizes(text: string) {
  const doc = analyse({ id: 't', text, title: null, source: null, url: null, published: null });
  return totals(doc, findQuantities(doc, doc.sentences[0]));
}

test('dead, injured, arrested, crowd', () => {
  assert.equal(sizes('At least 12 people were killed and 30 wounded in the attack.').dead?.value, 12);
  assert.equal(sizes('At least 12 people were killed and 30 wounded in the attack.').injured?.value, 30);
  assert.equal(sizes('Police arrested 25 protesters.').arrested?.value, 25);
  assert.equal(sizes('Several thousand people were gathering in the square.').crowd?.value, 3000);
});

test('coordinated figures add up, subsets do not', () => {
  assert.equal(sizes('Demonstrations turned violent, with four people reported dead among the protesters and four among police officers.').dead?.value, 8);
  assert.equal(sizes('Ten people were killed, including four police officers.').dead?.value, 10);
  // a running total is neither added nor preferred to the event's own figure; alone, it is the figure
  assert.equal(sizes('More than 2,000 people were detained on Monday night, the ministry said, bringing the number of arrests since Sunday to about 5,000.').arrested?.value, 2000);
  assert.equal(sizes('Clashes on Monday killed three people, raising the death toll from a week of violence to at least 40.').dead?.value, 3);
  assert.equal(sizes('The death toll rose to 40.').dead?.value, 40);
});

test('a figure added up from its parts keeps them, each with the group it counts', () => {
  const d = sizes('Demonstrations turned violent, with four people reported dead among the protesters and four among law enforcement officers.').dead;
  assert.deepEqual(d?.parts?.map((p) => [p.value, p.text, p.who?.text]), [[4, 'four', 'protesters'], [4, 'four', 'law enforcement officers']]);
  const k = sizes('Twenty-two police officers and nine protesters were killed.').dead;
  assert.equal(k?.value, 31);
  assert.deepEqual(k?.parts?.map((p) => [p.value, p.who?.text]), [[22, 'police officers'], [9, 'protesters']]);
  // a part told with "including" is kept beside the total, which it does not change
  const i = sizes('At least 57 people, including several policemen, were killed.').dead;
  assert.equal(i?.value, 57);
  assert.deepEqual(i?.parts?.map((p) => [p.value, p.who?.text]), [[3, 'policemen']]);
  // one figure has no parts; "12 people and 30 wounded" are two kinds, not parts
  assert.equal(sizes('At least 12 people were killed and 30 wounded in the attack.').dead?.parts, undefined);
});

test('vague numbers follow ACLED: dozens = 12, hundreds = 100', () => {
  const d = sizes('Dozens of people were killed in the clashes.').dead;
  assert.equal(d?.value, 12);
  assert.equal(d?.approximate, true);
  assert.equal(sizes('Hundreds of protesters were arrested.').arrested?.value, 100);
});

test('years, dates and units are not counts', () => {
  const s = sizes('In 2005, 12 km from the town, on March 3, the 2 percent rise was killed.');
  assert.equal(s.dead, undefined);
});

test('a count reaches its verb past a part told between commas', () => {
  assert.equal(sizes('Three people, including a student, were killed in the clashes.').dead?.value, 3);
});

test('a toll in the perfect over a stretch of time is no one act\'s figure', () => {
  assert.equal(sizes('At least 19 people have died in a week of protests in Colombia, most of them in Cali, where police fired on demonstrators.').dead, undefined);
  assert.equal(sizes('Twelve people were killed in the attack.').dead?.value, 12);
});

test('an age is no count, and "three of them" is part of the figure before', () => {
  assert.equal(sizes('Police opened fire, killing a 17-year-old student.').dead?.value, 1);
  assert.equal(sizes('FIVE PEOPLE WERE KILLED, THREE OF THEM CHILDREN.').dead?.value, 5);
  assert.equal(sizes('Five people were killed, three of them children.').dead?.value, 5);
});

test('a figure restated in another clause is not added; a toll over a decade is cumulative', () => {
  assert.equal(sizes('Police put the death toll at 31, saying its officers had recovered 31 corpses.').dead?.value, 31);
  assert.equal(sizes('Five soldiers and three civilians were killed.').dead?.value, 8);
  const q = (() => {
    const doc = analyse({ id: 't', text: 'Thousands of people have been killed over the past decade in Zamfara.', title: null, source: null, url: null, published: null });
    return findQuantities(doc, doc.sentences[0]);
  })();
  assert.ok(q.every((x) => x.subset), JSON.stringify(q));
});

test('"how many people had died" asks, "as many as 50" compares: neither counts "many"', () => {
  assert.equal(sizes('Officials traded conflicting accounts of how many people had died.').dead, undefined);
  assert.equal(sizes('As many as 50 people were killed.').dead?.value, 50);
  assert.equal(sizes('Many people were killed.').dead?.value, 10);
});

test('a crowd rallying "against the killing of a local man" is a crowd, not a toll; "among the dead" still counts the dead', () => {
  assert.equal(sizes('Thousands of residents rallied against the killing of a local man by police.').dead, undefined);
  assert.equal(sizes('Three protesters were among the dead.').dead?.value, 3);
});

test('one person named with "a" whose fate follows counts one: "a youth was killed", "a 17-year-old student was shot dead", "a policeman has been arrested"', () => {
  assert.equal(sizes('A youth was killed in police firing at the village.').dead?.value, 1);
  assert.equal(sizes('A 17-year-old student was shot dead by police in Nairobi.').dead?.value, 1);
  assert.equal(sizes('An unarmed protester died in hospital.').dead?.value, 1);
  assert.equal(sizes('A policeman has been arrested over the shooting.').arrested?.value, 1);
  assert.equal(sizes('A policeman was injured when protesters threw stones.').injured?.value, 1);
  // (not one who did it, nor a crowd)
  assert.equal(sizes('A man who killed five people was arrested.').dead?.value, 5);
  assert.equal(sizes('A crowd was dispersed by police.').crowd ?? null, null);
  assert.equal(sizes('A man was seen near the market.').dead ?? null, null);
});

test('numbers in words are built as English builds them', () => {
  const s = sizes('One hundred and fifty-seven people were killed and more than one thousand two hundred wounded.');
  assert.equal(s.dead?.value, 157);
  assert.equal(s.injured?.value, 1200);
  assert.equal(sizes('Three hundred thousand people marched.').crowd?.value, 300000);
  assert.equal(sizes('Two thousand five hundred people marched.').crowd?.value, 2500);
  assert.equal(sizes('Police arrested twenty-one people.').arrested?.value, 21);
  assert.equal(sizes('Gunmen killed two and wounded three.').dead?.value, 2);
});

test('phrases of death count the dead: "lost their lives", "succumbed to his injuries", "burnt alive", "gunned down"; one person killed as an object counts one', () => {
  assert.equal(sizes('Five villagers lost their lives when the bridge was blown up.').dead?.value, 5);
  assert.equal(sizes('A student lost his life in the firing.').dead?.value, 1);
  assert.equal(sizes('Three more protesters succumbed to their injuries on Sunday.').dead?.value, 3);
  assert.equal(sizes('Seven traders were burnt alive inside their shops.').dead?.value, 7);
  assert.equal(sizes('Four farmers were gunned down by unidentified men.').dead?.value, 4);
  assert.equal(sizes('Troops killed a teenager and wounded six other people.').dead?.value, 1);
  assert.equal(sizes('Troops killed a teenager and wounded six other people.').injured?.value, 6);
  assert.equal(sizes('Soldiers shot dead a 19-year-old farmer near the checkpoint.').dead?.value, 1);
  // (not a loss of anything else, nor giving in to pressure)
  assert.equal(sizes('Two hundred workers lost their jobs.').dead ?? null, null);
  assert.equal(sizes('Five lawmakers succumbed to pressure from the party.').dead ?? null, null);
});

test('a death told as succumbing to the firing counts the dead, past a clause of who died ("a student who was injured in the firing succumbed")', () => {
  assert.equal(sizes('Of the 40 that succumbed to the police firing, 12 were students.').dead?.value, 40);
  assert.equal(sizes('Two more villagers succumbed to army gunfire in the district.').dead?.value, 2);
  assert.equal(sizes('A youth who was injured in the police firing on Monday succumbed to his injuries on Tuesday.').dead?.value, 1);
  assert.equal(sizes('A youth who was injured in the police firing on Monday succumbed to his injuries on Tuesday.').injured ?? null, null);
  assert.equal(sizes('A trader who had been beaten by the mob died in hospital.').dead?.value, 1);
  // (a death told inside the clause, or a fate that is not death, counts no dead)
  assert.equal(sizes('A farmer who said his brother died was detained.').dead ?? null, null);
  assert.equal(sizes('A teacher who was injured in the firing was taken to hospital.').dead ?? null, null);
});

test('a day after an abbreviated month with its point is no count: "on Feb. 17, killing four"', () => {
  assert.equal(sizes('Police cleared the square on Feb. 17, killing four people.').dead?.value, 4);
  assert.equal(sizes('Police cleared the square on Sept. 17, killing four people.').dead?.value, 4);
});

test('how many live somewhere is no crowd; a crowd is counted past its adjectives; the dead mourned are no toll of the act', () => {
  const thala = sizes('In Lubango, a town of about 40,000 people, police fired as several hundred young men marched on the governor\'s office.');
  assert.equal(thala.crowd?.value, 300);
  assert.equal(sizes('Two thousand striking workers rallied in the capital, a city of two million.').crowd?.value, 2000);
  assert.equal(sizes('Protesters gathered in Kibera, home to 250,000 people.').crowd, undefined);
  assert.equal(sizes('Police fired on mourners as they carried the coffins of three men killed the day before.').dead, undefined);
  assert.equal(sizes('Police fired on the funeral of two students, killing four more people.').dead?.value, 4);
});

test('a count is read past a relative clause set off by commas; a named person killed is one dead; two people named one by one are two', () => {
  assert.equal(sizes('Three protesters, who had gathered at the square since dawn, were killed on Sunday.').dead?.value, 3);
  assert.equal(sizes('At least one man, whom the Popular Front of the Peoples of Oruro, or FPO, identified as a nurse, was killed when a canister struck him.').dead?.value, 1);
  assert.equal(sizes('Some 2,000 people, who marched from the university, rallied outside parliament.').crowd?.value, 2000);
  assert.equal(sizes('Gunmen opened fire on a barricade, killing Juan Carlos Perez, a 36-year-old cameraman.').dead?.value, 1);
  assert.equal(sizes('Two men were killed Monday Night.').dead?.value, 2);
  assert.equal(sizes('Rebels killed Nigerian soldiers on Monday.').dead, undefined);
  assert.equal(sizes('A local teacher and another man were killed in separate shootings.').dead?.value, 2);
  assert.equal(sizes('A policeman and a soldier were killed.').dead?.value, 2);
});

test('live rounds are ammunition, no round-up', () => {
  assert.equal(sizes('Witnesses said troops and police, some firing from rooftops, opened fire with live rounds as demonstrators blocked the bridges.').arrested, undefined);
  assert.equal(sizes('Police rounded up 40 people on Friday.').arrested?.value, 40);
});

test('one person told by name or with a noun of what they do, then their fate, is one', () => {
  assert.equal(sizes('A police officer was beaten to death by a mob near the market.').dead?.value, 1);
  assert.equal(sizes('A taxi driver was shot dead at a checkpoint.').dead?.value, 1);
  assert.equal(sizes('Gunmen killed a police officer on Monday.').dead?.value, 1);
  assert.equal(sizes('Juan Perez was shot dead by soldiers on Monday.').dead?.value, 1);
  assert.equal(sizes('Inspector Amadou Diallo was beaten to death by a mob.').dead?.value, 1);
  assert.equal(sizes('President Juan Perez was killed.').dead?.value, 1);
  assert.equal(sizes('Opposition leader Maria Lopez has been arrested.').arrested?.value, 1);
  // a body's name, or a place, is no person
  assert.equal(sizes('The Hotel Ivoire was attacked on Monday.').dead, undefined);
  assert.equal(sizes('The National Assembly was stormed on Monday.').dead, undefined);
  assert.equal(sizes('Juan Perez said the talks had failed.').dead, undefined);
});

test('people killed one by one after the verb, each with "a" or "the", are counted', () => {
  assert.equal(sizes('Rebels ambushed a truck, killing the driver and a woman passenger and wounding four others.').dead?.value, 2);
  assert.equal(sizes('Gunmen killed a policeman and a civilian.').dead?.value, 2);
  assert.equal(sizes('Police killed the leader of the gang.').dead?.value, 1);
  assert.equal(sizes('Rebels killed the two soldiers.').dead?.value, 2);
  assert.equal(sizes('The driver and a passenger were questioned.').dead, undefined);
});

test('a count told after a comma by how its people were hurt is part of the count before it ("45 people were injured, several with gunshot wounds")', () => {
  assert.equal(sizes('Officials said at least 45 people were injured on Saturday, several with gunshot wounds.').injured?.value, 45);
  assert.equal(sizes('Hospital officials said more than 100 people were wounded, many with gunshot wounds.').injured?.value, 100);
  assert.equal(sizes('Twelve people were wounded, three critically.').injured?.value, 12);
});

test('"taken" counts the arrested only when no object of the taking follows ("had taken refuge" counts no one held)', () => {
  assert.equal(sizes('A mob burned a church in which hundreds of villagers had taken refuge.').arrested, undefined);
  assert.equal(sizes('A mob burned a church in which hundreds of villagers had taken refuge.').crowd, undefined);
  assert.equal(sizes('Police said 30 people were taken into custody.').arrested?.value, 30);
  assert.equal(sizes('Twenty people were taken away by police.').arrested?.value, 20);
});

test('things set alight are no dead, even after a count of the dead ("Two of the men died, and seven huts were set alight"); a numeral ending a name counts no one ("Channel 4")', () => {
  assert.equal(sizes('Two of the men died on Friday, he said, and seven huts were set alight.').dead?.value, 2);
  assert.equal(sizes('Most of the dead were near Channel 4, which rebels seized on Monday.').dead, undefined);
  assert.equal(sizes('Guerrillas shot dead two home guards.').dead?.value, 2);
});

test('a figure after a noun\'s "of" counts what that noun tells: "Arrested Over Disappearance of 43 Students" holds no 43 arrested; "the arrest of 25", "the deaths Monday of four" still count', () => {
  assert.equal(sizes('Former Iguala Mayor and Wife Arrested Over Disappearance of 43 Students').arrested, undefined);
  assert.equal(sizes('Police announced the arrest of 25 protesters.').arrested?.value, 25);
  assert.equal(sizes('A crowd gathered to protest the deaths Monday of four students.').dead?.value, 4);
});

test('people missing are no crowd, even in a story of protests; one foreign national named with "a" whose death follows counts one', () => {
  assert.equal(sizes('The office was investigating reports of at least 87 people whose whereabouts were unknown after the protests.').crowd, undefined);
  assert.equal(sizes('At least 87 people were missing after the protests.').crowd, undefined);
  assert.equal(sizes('About 500 people marched in the protests.').crowd?.value, 500);
  assert.equal(sizes('An American researcher was killed on Tuesday.').dead?.value, 1);
  assert.equal(sizes('A British tourist was shot dead.').dead?.value, 1);
});

test('a range "between X and Y" is no sum: its floor is the figure, as ACLED takes the lower, told as approximate (Brasov 1987, read untuned)', () => {
  const a = sizes('Between 150 and 250 people were detained on Sunday and Monday, an exile group said.').arrested;
  assert.equal(a?.value, 150);
  assert.equal(a?.approximate, true);
  assert.equal(sizes('Police arrested between 40 and 60 students.').arrested?.value, 40);
  // (a list of two counts still adds up)
  assert.equal(sizes('Two students and three teachers were arrested.').arrested?.value, 5);
});

test('after a total named as the frame of the sentence ("Of the five dead, three were ... and two were ..."), the counts are its parts (Nouméa 2024, read at the end)', () => {
  assert.equal(sizes('Of the seven dead, four were villagers and three were soldiers, officials said.').dead?.value, 7);
  assert.equal(sizes('Of the 40 arrested, 12 were students and 28 were workers.').arrested?.value, 40);
  // (a sentence with no such frame still adds its counts)
  assert.equal(sizes('Four villagers and three soldiers were killed.').dead?.value, 7);
});

test('the last of a list after a verb of any fate, named with "a", is one more of what the verb tells ("arrested three students and a teacher" is four arrested), not only after a killing', () => {
  assert.equal(sizes('Police arrested three students and a teacher in the capital.').arrested?.value, 4);
  assert.equal(sizes('Troops wounded two farmers and a boy near the border.').injured?.value, 3);
  assert.equal(sizes('Gunmen killed two guards and a driver on Monday.').dead?.value, 3);
  // (one named with "a" after a count of no fate is no count of its own)
  assert.equal(sizes('Two lawyers and a judge visited the prison.').arrested, undefined);
});

test('a count of members of a body coordinated with a count of the fate shares its kind past the body\'s name ("Two members of the Rhodesian African Rifles and one white soldier were killed" is three dead)', () => {
  assert.equal(sizes('Two members of the Kenya Rifles and one white soldier were killed.').dead?.value, 3);
  assert.equal(sizes('Three members of the Royal Ulster Constabulary and two civilians were injured.').injured?.value, 5);
});

test('figures coordinated before a toll summed over time are that sum too ("More than 500 people in Lebanon and 51 Israelis have been killed since then"; Qana 2006, found in the user check)', () => {
  const doc = analyse({ id: 't', text: 'More than 300 people in Gaza and 12 Israelis have been killed since then, officials said.', title: null, source: null, url: null, published: null });
  const qs = findQuantities(doc, doc.sentences[0]);
  assert.ok(qs.every((q) => q.overTime), JSON.stringify(qs.map((q) => [q.text, q.overTime])));
  // (a plain list of dead keeps its sum)
  assert.equal(sizes('Three people in Gaza and two Israelis were killed on Monday.').dead?.value, 5);
});

test('a hedged figure after "and" is still a part of the sum ("Four policemen and at least twelve rebels were killed" is sixteen dead)', () => {
  assert.equal(sizes('Four policemen and at least twelve rebels were killed in the fighting, he said.').dead?.value, 16);
  assert.equal(sizes('Two soldiers and about 30 villagers were wounded.').injured?.value, 32);
});

test('people counted right before a verb of speaking are speakers, no crowd ("a sight that many protesters said convinced them"; Yerevan 2018, the user check)', () => {
  assert.equal(sizes('Soldiers joined the march through the city centre, a sight that many protesters said had convinced them.').crowd, undefined);
  assert.equal(sizes('Some demonstrators told reporters they would stay in the square.').crowd, undefined);
  // (a crowd counted stays one)
  assert.equal(sizes('Many protesters marched to the square on Monday.').crowd?.value, 10);
});
