import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataFile, parseTriggers } from './lexicon.js';

test('the trigger file is checked line by line: fields, part of speech, flags, one row per phrase', () => {
  assert.ok(parseTriggers(readFileSync(dataFile('triggers.tsv'), 'utf8')).length > 1000);
  assert.throws(() => parseTriggers('storm\tV\tPROTEST\triot\t145\tVIOL_DEMONSTR\t-', 'x.tsv'), /x\.tsv:1: expected 8 tab-separated fields/);
  assert.throws(() => parseTriggers('# c\nstorm\tQ\tPROTEST\triot\t145\tVIOL_DEMONSTR\t-\t-', 'x.tsv'), /x\.tsv:2: pos must be/);
  assert.throws(() => parseTriggers('storm\tV\tPROTEST\triot\t145\tVIOL_DEMONSTR\t-\tloud', 'x.tsv'), /unknown flag "loud"/);
  assert.throws(
    () => parseTriggers('storm\tV\tPROTEST\triot\t145\tVIOL_DEMONSTR\t-\t-\nstorm\tV\tASSAULT\t-\t190\tauto\t-\t-', 'x.tsv'),
    /x\.tsv:2: "storm" \(V\) is already defined on line 1/,
  );
  // the same phrase as a verb and as a noun is two triggers
  assert.equal(parseTriggers('storm\tV\tPROTEST\triot\t145\tVIOL_DEMONSTR\t-\t-\nstorm\tN\tASSAULT\t-\t190\tauto\t-\t-').length, 2);
});

test('"armed=PHRASE" points a crowd\'s act at the line it is when armed forces do it; an unknown phrase is named with its line', () => {
  const ts = parseTriggers('occupy\tV\tPROTEST\tobstruct\t144\tPEACE_PROTEST\t-\tcrowd,armed=capture\ncapture\tV\tCOERCE\tseize\t192\tseize\t-\t-', 'x.tsv');
  assert.equal(ts[0].armed?.cameo, '192');
  assert.equal(ts[1].armed, null);
  assert.throws(() => parseTriggers('occupy\tV\tPROTEST\tobstruct\t144\tPEACE_PROTEST\t-\tcrowd,armed=grab', 'x.tsv'), /x\.tsv:1: armed=grab: no verb line for "grab"/);
});

test('"talks=PHRASE" points a walkout at the line it is when one leaves talks; an unknown phrase or flag is named with its line', () => {
  const ts = parseTriggers('walk out\tV\tPROTEST\tstrike\t143\tPEACE_PROTEST\teconomic\tweak,talks=walk out of talk\nwalk out of talk\tV\tREJECT\t-\t125\t-\tdiplomatic\t-', 'x.tsv');
  assert.equal(ts[0].talks?.event, 'REJECT');
  assert.equal(ts[0].weak, true);
  assert.equal(ts[1].talks, null);
  assert.throws(() => parseTriggers('walk out\tV\tPROTEST\tstrike\t143\t-\t-\ttalks=leave', 'x.tsv'), /x\.tsv:1: talks=leave: no verb line for "leave"/);
  assert.throws(() => parseTriggers('walk out\tV\tPROTEST\tstrike\t143\t-\t-\tmeeting=leave', 'x.tsv'), /x\.tsv:1: unknown flag "meeting=leave"/);
});

test('"moved=PHRASE" points an order of forces sent somewhere at the line it is coded as; an unknown phrase is named with its line', () => {
  const ts = parseTriggers('order\tV\tREQUEST\t-\t100\t-\t-\tcomp,weak,moved=deploy\ndeploy\tV\tMOBILIZE\ttroops\t154\tCHANGE_TO_GROUP_ACT\tmilitary\t-', 'x.tsv');
  assert.equal(ts[0].moved?.event, 'MOBILIZE');
  assert.equal(ts[1].moved, null);
  assert.throws(() => parseTriggers('order\tV\tREQUEST\t-\t100\t-\t-\tmoved=send', 'x.tsv'), /x\.tsv:1: moved=send: no verb line for "send"/);
});
