/**
 * `npm run eval`: accuracy against the human-annotated development data in ../shared/eval
 * (when present). Every figure is printed for the whole file and for its two halves (A: the
 * half we look at while developing, B: the half we try not to), never asserted.
 */
import { goldCode, goldSector, ourCode, ourSector } from './gsr-codes.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeArticle } from '../pipeline.js';
import { dataFile } from '../code/lexicon.js';
import type { EventRecord } from '../types.js';
import { cameoQuad } from '../record/build.js';

const EVAL = process.env.TULIP_EVAL_DIR ?? fileURLToPath(new URL('../../../shared/eval/', import.meta.url));

const RENAME: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const ACLED = JSON.parse(readFileSync(dataFile('acled.json'), 'utf8')) as Record<string, [string, string] | string>;
const CODE_OF_SUB = new Map<string, string>();
for (const [k, v] of Object.entries(ACLED)) if (Array.isArray(v)) CODE_OF_SUB.set(v[1], k);

// (sentences of the sets that carry no date are coded with no publication date: an invented one would make every act
// dated years before it background)
// (TULIP_EVAL_CAPS=1 codes every text in capitals, as old wire copy is written, to measure what that costs; a character whose
// capital is longer, "ß", is kept so that gold offsets still hold)
const CAPS = process.env.TULIP_EVAL_CAPS === '1';
const capitals = (text: string): string => text.replace(/\p{Ll}/gu, (c) => (c.toUpperCase().length === 1 ? c.toUpperCase() : c));
function code(text: string, published: string | null = null, keepUnreal = false): EventRecord[] {
  if (CAPS) text = capitals(text);
  return codeArticle({ id: 'eval', text, title: null, source: null, url: null, published }, { keepUnreal });
}

function top(evs: EventRecord[]): EventRecord | null {
  let best: EventRecord | null = null;
  for (const e of evs) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  n/a');
const halves = <T>(xs: T[]): Array<[string, T[]]> => [
  ['all', xs],
  ['A', xs.slice(0, Math.ceil(xs.length / 2))],
  ['B', xs.slice(Math.ceil(xs.length / 2))],
];

function f1(tp: number, fp: number, fn: number) {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f: tp === 0 ? 0 : (2 * p * r) / (p + r) };
}

interface GsrRecord {
  id: string;
  date?: string;
  event: string;
  source?: Array<{ actorText: string; code?: string; sector?: string }> | string;
  text: string;
}

function evalPlover(): void {
  const path = EVAL + 'plover-gsr-dev.json';
  if (!existsSync(path)) return;
  const recs = JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[];
  console.log(`\n== PLOVER event types (plover-gsr-dev.json, ${recs.length} sentences) — target recall ≥ 0.85, precision ≥ 0.70`);
  console.log('half   n   found(recall)  top-precision  all-precision  src-code  src-sector  src-code+sector');
  const rows = recs.map((r) => ({ r, gold: RENAME[r.event] ?? r.event, evs: code(r.text, /^\d{4}-\d\d-\d\d$/.test(r.date ?? '') ? r.date! : null) }));
  dump('plover', rows.map(({ r, gold, evs }) => {
    const e = evs.find((x) => x.event === gold) ?? top(evs);
    const src = Array.isArray(r.source) ? r.source.filter((s) => s.code).map((s) => `${s.code}/${s.sector ?? '-'}`) : [];
    const a = e?.actor;
    return { text: r.text, gold, pred: evs.map((x) => x.event), top: top(evs)?.event ?? null, goldSource: src.join(' '), source: a ? `${a.code}/${a.sector ?? '-'} "${a.entity_text}"` : null };
  }));
  for (const [name, xs] of halves(rows)) {
    let found = 0;
    let topOk = 0;
    let withPred = 0;
    let predAll = 0;
    let predOk = 0;
    let srcN = 0;
    let srcCode = 0;
    let srcSector = 0;
    let srcBoth = 0;
    // the same in the gold's coding conventions (gsr-codes.ts): [code, sector, both], sector scored where the gold knows it
    const conv = [0, 0, 0];
    let convSecN = 0;
    for (const { r, gold, evs } of xs) {
      if (evs.some((e) => e.event === gold)) found++;
      const t = top(evs);
      if (t) {
        withPred++;
        if (t.event === gold) topOk++;
      }
      predAll += evs.length;
      predOk += evs.filter((e) => e.event === gold).length;
      const src = Array.isArray(r.source) ? r.source.filter((s) => s.code) : [];
      if (src.length) {
        srcN++;
        const e = evs.find((x) => x.event === gold) ?? t;
        const a = e?.actor;
        const codeOk = !!a && src.some((s) => s.code === a.code);
        const secOk = !!a && src.some((s) => (s.sector ?? null) === (a.sector ?? null) || (!s.sector && !a.sector));
        const both = !!a && src.some((s) => s.code === a.code && ((s.sector ?? null) === (a.sector ?? null)));
        if (codeOk) srcCode++;
        if (secOk) srcSector++;
        if (both) srcBoth++;
        const cOk = (s: { code?: string }) => !!a && ourCode(a) === goldCode(s.code!);
        const sOk = (s: { sector?: string }) => !!a && ourSector(a.sector) === goldSector(s.sector);
        if (src.some(cOk)) conv[0]++;
        const known = src.filter((s) => goldSector(s.sector) !== '***');
        if (known.length) {
          convSecN++;
          if (known.some(sOk)) conv[1]++;
          if (known.some((s) => cOk(s) && sOk(s))) conv[2]++;
        }
      }
    }
    console.log(
      `${name.padEnd(4)} ${String(xs.length).padStart(4)}   ${pct(found / xs.length)}          ${pct(topOk / withPred)}          ${pct(predOk / predAll)}          ${pct(srcCode / srcN)}     ${pct(srcSector / srcN)}       ${pct(srcBoth / srcN)}`,
    );
    console.log(`${''.padEnd(4)}   source actor in the gold's coding conventions (gsr-codes.ts: gold IGO = any international body, sector's first three letters): code ${pct(conv[0] / srcN)} sector ${pct(conv[1] / (convSecN || 1))} code+sector ${pct(conv[2] / (convSecN || 1))} (n ${srcN}, ${convSecN} with a known sector)`);
  }
  // per-type recall on all
  const per = new Map<string, [number, number]>();
  for (const { gold, evs } of rows) {
    const c = per.get(gold) ?? [0, 0];
    c[1]++;
    if (evs.some((e) => e.event === gold)) c[0]++;
    per.set(gold, c);
  }
  console.log('recall by type: ' + [...per.entries()].sort().map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', '));
}

/** "text<TAB>label" lines (the label after the last tab). */
function readLabelled(path: string): Array<{ text: string; label: string }> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const i = l.lastIndexOf('\t');
      return { text: l.slice(0, i), label: l.slice(i + 1).trim() };
    });
}

/** TULIP_EVAL_DUMP=DIR writes each measure's per-item predictions to DIR/<name>.jsonl, to compare runs. */
function dump(name: string, items: unknown[]): void {
  const dir = process.env.TULIP_EVAL_DUMP;
  if (dir) writeFileSync(`${dir}/${name}.jsonl`, items.map((x) => JSON.stringify(x)).join('\n') + '\n');
}

/** Tulip's own quad gold (data/event-gold/quad-own.tsv): needs no ../shared, a development set (see its README). */
function evalOwnQuad(): void {
  const path = fileURLToPath(new URL('../../data/event-gold/quad-own.tsv', import.meta.url));
  if (!existsSync(path)) return;
  const rows = readLabelled(path).map((r) => ({ text: r.text, gold: Number(r.label) }));
  const preds = rows.map((r) => {
    const t = top(code(r.text));
    return { ...r, pred: t ? cameoQuad(t.cameo) : 0 };
  });
  dump('quad-own', preds);
  const ok = preds.filter((x) => x.pred === x.gold).length;
  console.log(`\n== Quad class on Tulip's own gold (data/event-gold/quad-own.tsv, ${rows.length} sentences; a development set written for Tulip)`);
  console.log(`own  n=${rows.length} accuracy ${pct(ok / rows.length)}`);
}

function evalQuad(): void {
  const path = EVAL + 'quad-class-dev.tsv';
  if (!existsSync(path)) return;
  const rows = readLabelled(path).map((r) => ({ text: r.text, gold: Number(r.label) }));
  console.log(`\n== Quad class (quad-class-dev.tsv, ${rows.length} sentences; CAMEO quad of the top-confidence event's CAMEO code, 0 when none) — target accuracy ≥ 0.75`);
  const preds = rows.map((r) => {
    const t = top(code(r.text));
    return { ...r, pred: t ? cameoQuad(t.cameo) : 0 };
  });
  dump('quad', preds);
  for (const [name, xs] of halves(preds)) {
    const ok = xs.filter((x) => x.pred === x.gold).length;
    console.log(`${name.padEnd(4)} n=${xs.length} accuracy ${pct(ok / xs.length)}`);
  }
  const m: number[][] = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  for (const p of preds) if (p.gold >= 0 && p.gold <= 4) m[p.gold][p.pred]++;
  console.log('confusion (rows gold 0-4, columns predicted 0-4):');
  for (let g = 0; g <= 4; g++) console.log(`  ${g}: ${m[g].map((v) => String(v).padStart(5)).join('')}`);
}

function evalPolice(): void {
  const path = EVAL + 'india-police-events-dev.tsv';
  if (!existsSync(path)) return;
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((f) => f.length >= 6)
    .map((f) => ({ text: f[0], gold: f.slice(1, 6).map(Number) }));
  const names = ['kill', 'arrest', 'any action', 'fail to act', 'force'];
  console.log(`\n== Police events (india-police-events-dev.tsv, ${rows.length} lower-cased sentences) — target kill/arrest F1 ≥ 0.80`);
  // (a doerless coercion, "was arrested", is taken for the police's; property burnt or looted by no one named is not)
  const police = (e: EventRecord) => e.actor?.sector === 'COP' || (e.actor === null && ((e.event === 'COERCE' && e.mode !== 'destroy') || e.acled?.sub_event_type === 'Excessive force against protesters'));
  const preds = rows.map((r) => {
    const all = code(r.text, null, true);
    const real = all.filter((e) => e.reality === 'asserted');
    const kill = real.some((e) => e.event === 'ASSAULT' && police(e) && (/kill|shot dead|gunned|death|encounter/.test(e.trigger.text.toLowerCase()) || (e.size.dead?.value ?? 0) > 0));
    const arrest = real.some((e) => e.event === 'COERCE' && e.mode === 'arrest' && (police(e) || e.actor === null));
    const force = real.some((e) => e.event === 'ASSAULT' && police(e));
    const any = kill || arrest || force || real.some((e) => police(e) && (e.event === 'COERCE' || e.event === 'ASSAULT' || e.event === 'MOBILIZE'));
    const fail = all.some((e) => e.reality === 'negated' && police(e));
    return { gold: r.gold, pred: [kill, arrest, any, fail, force].map(Number), text: r.text };
  });
  dump('police', preds);
  for (const [name, xs] of halves(preds)) {
    const parts: string[] = [];
    for (let k = 0; k < 5; k++) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const x of xs) {
        if (x.pred[k] && x.gold[k]) tp++;
        else if (x.pred[k]) fp++;
        else if (x.gold[k]) fn++;
      }
      const r = f1(tp, fp, fn);
      parts.push(`${names[k]} F1 ${pct(r.f)} (P ${pct(r.p)} R ${pct(r.r)})`);
    }
    console.log(`${name.padEnd(4)} ${parts.join(' | ')}`);
  }
}

function evalAcled(): void {
  const path = EVAL + 'acled-snippets-dev.tsv';
  if (!existsSync(path)) return;
  const rows = readLabelled(path).map((r) => ({ text: r.text, gold: r.label }));
  console.log(`\n== ACLED sub-event types (acled-snippets-dev.tsv, ${rows.length} snippets) — target weighted F1 ≥ 0.75, event-type accuracy ≥ 0.85`);
  const typeOf = (c: string) => (Array.isArray(ACLED[c]) ? (ACLED[c] as [string, string])[0] : 'NONE');
  const preds = rows.map((r) => {
    const evs = code(r.text).filter((e) => e.acled);
    const t = top(evs);
    return { gold: r.gold, pred: t?.acled ? CODE_OF_SUB.get(t.acled.sub_event_type) ?? 'NONE' : 'NONE', text: r.text };
  });
  dump('acled', preds);
  for (const [name, xs] of halves(preds)) {
    const labels = new Set(xs.map((x) => x.gold).filter((g) => Array.isArray(ACLED[g])));
    let wsum = 0;
    let wf = 0;
    for (const l of labels) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const x of xs) {
        if (x.pred === l && x.gold === l) tp++;
        else if (x.pred === l) fp++;
        else if (x.gold === l) fn++;
      }
      const support = xs.filter((x) => x.gold === l).length;
      wsum += support;
      wf += support * f1(tp, fp, fn).f;
    }
    const typeOk = xs.filter((x) => typeOf(x.gold) === typeOf(x.pred)).length;
    const nonAcled = xs.filter((x) => !Array.isArray(ACLED[x.gold]));
    const nonOk = nonAcled.filter((x) => x.pred === 'NONE').length;
    console.log(`${name.padEnd(4)} n=${xs.length} weighted F1 (25 ACLED codes) ${pct(wf / wsum)} | event-type accuracy ${pct(typeOk / xs.length)} | non-ACLED snippets left uncoded ${nonOk}/${nonAcled.length}`);
  }
  const golds = [...new Set(preds.map((p) => p.gold))].sort();
  const predsL = [...new Set(preds.map((p) => p.pred))].sort();
  console.log('confusion (gold → predicted counts):');
  for (const g of golds) {
    const row = predsL.map((p) => [p, preds.filter((x) => x.gold === g && x.pred === p).length] as const).filter(([, n]) => n > 0);
    console.log(`  ${g.padEnd(30)} ${row.map(([p, n]) => `${p}:${n}`).join(' ')}`);
  }
}

/**
 * Actor spans as the event coder assigns them: for each sentence of actor-spans-dev.txt, the
 * phrases naming who acted (the subject phrase holding the actor, or the actor's name) are
 * predicted sources and what they acted on (the object phrase holding the recipient, or the
 * recipient) predicted targets; the actor's name alone is scored as a source too; a
 * prediction matches a gold span it overlaps by more than half of the gold span.
 * The file also tags some spans `R` (its README lists only S and T): the two sides of a
 * reciprocal act ("Putin will meet Erdogan", "held talks with"), where neither is source or
 * target. A prediction that matches an R span is neither right nor wrong as a source or a
 * target; R spans are scored on their own (found by a predicted source or target), and the
 * target and source figures as scored before (R spans ignored, predictions on them wrong) are
 * printed beside them.
 */
function evalRoles(): void {
  const path = EVAL + 'actor-spans-dev.txt';
  if (!existsSync(path)) return;
  type Role = 'S' | 'T' | 'R';
  const sents: Array<{ text: string; gold: Array<{ role: Role; start: number; end: number }> }> = [];
  let toks: Array<[string, string]> = [];
  const flush = () => {
    if (!toks.length) return;
    let text = '';
    const gold: Array<{ role: Role; start: number; end: number }> = [];
    for (const [w, tag] of toks) {
      if (text) text += ' ';
      const start = text.length;
      text += w;
      if (tag.startsWith('B-')) gold.push({ role: tag.slice(2) as Role, start, end: text.length });
      else if (tag.startsWith('I-') && gold.length) gold[gold.length - 1].end = text.length;
    }
    sents.push({ text, gold });
    toks = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 2) flush();
    else toks.push([f[0], f[f.length - 1]]);
  }
  flush();
  console.log(`\n== Actor roles from the event coder (actor-spans-dev.txt, ${sents.length} sentences; source = the subject phrase that holds the actor, else the actor; target = the object phrase that holds the recipient, else the recipient) — target span F1 ≥ 0.75`);
  const rolesDump: unknown[] = [];
  for (const [name, xs] of halves(sents)) {
    const c = { S: [0, 0, 0], T: [0, 0, 0], N: [0, 0, 0] } as Record<'S' | 'T' | 'N', number[]>;
    // as scored before R spans were read (a prediction on an R span a false positive)
    const old = { S: [0, 0, 0], T: [0, 0, 0] } as Record<'S' | 'T', number[]>;
    const rec = [0, 0];
    // (targets on the sentences whose gold marks a target or a reciprocal side: the file has runs of sentences marked for
    // their source alone — "Palestinian gunmen killed an Israeli soldier" with no target — where any target is scored wrong)
    const tMarked = [0, 0, 0];
    let marked = 0;
    for (const x of xs) {
      const evs = code(x.text);
      const pred: Array<{ role: 'S' | 'T' | 'N'; start: number; end: number }> = [];
      const seen = new Set<string>();
      for (const e of evs) {
        // the target is what the act was done to: the object phrase that holds the recipient
        // (or has no actor in it: "vetoed a draft resolution"), else the recipient ("provided training to AMISOM")
        const r = e.recipient;
        const o = e.object;
        const target = o && (!r || (r.start >= o.start && r.end <= o.end)) ? o : r;
        const source = e.subject && e.actor && e.actor.start >= e.subject.start && e.actor.end <= e.subject.end ? e.subject : e.actor;
        // (N: the actor's name alone, as scored before the subject phrase was recorded)
        for (const [role, a] of [['S', source], ['T', target], ['N', e.actor]] as const) {
          if (!a) continue;
          const k = `${role}:${a.start}`;
          if (!seen.has(k)) pred.push({ role, start: a.start, end: a.end });
          seen.add(k);
        }
      }
      if (name === 'all') {
        const span = (y: { role: string; start: number; end: number }) => `${y.role}:${x.text.slice(y.start, y.end)}`;
        rolesDump.push({ text: x.text, gold: x.gold.map(span).join(' | '), pred: pred.filter((y) => y.role !== 'N').map(span).join(' | ') });
      }
      const hit = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start) > (b.end - b.start) / 2;
      const recip = x.gold.filter((y) => y.role === 'R');
      const st = pred.filter((y) => y.role !== 'N');
      rec[0] += recip.filter((gg) => st.some((pp) => hit(pp, gg))).length;
      rec[1] += recip.length;
      const targetMarked = x.gold.some((y) => y.role === 'T' || y.role === 'R');
      if (targetMarked) marked++;
      for (const role of ['S', 'T', 'N'] as const) {
        const g = x.gold.filter((y) => y.role === (role === 'N' ? 'S' : role));
        const p = pred.filter((y) => y.role === role);
        const tp = g.filter((gg) => p.some((pp) => hit(pp, gg))).length;
        const wrong = p.filter((pp) => !g.some((gg) => hit(pp, gg)));
        c[role][0] += tp;
        const wrongOffR = wrong.filter((pp) => !recip.some((gg) => hit(pp, gg))).length;
        c[role][1] += wrongOffR;
        c[role][2] += g.length - tp;
        if (role !== 'N') {
          old[role][0] += tp;
          old[role][1] += wrong.length;
          old[role][2] += g.length - tp;
        }
        if (role === 'T' && targetMarked) {
          tMarked[0] += tp;
          tMarked[1] += wrongOffR;
          tMarked[2] += g.length - tp;
        }
      }
    }
    const fs = (['S', 'T', 'N'] as const).map((r) => f1(c[r][0], c[r][1], c[r][2]));
    console.log(`${name.padEnd(4)} n=${xs.length} source F1 ${pct(fs[0].f)} (P ${pct(fs[0].p)} R ${pct(fs[0].r)}) | target F1 ${pct(fs[1].f)} (P ${pct(fs[1].p)} R ${pct(fs[1].r)}) | source by the actor's name alone F1 ${pct(fs[2].f)}`);
    const os = f1(old.S[0], old.S[1], old.S[2]);
    const ot = f1(old.T[0], old.T[1], old.T[2]);
    console.log(`${''.padEnd(4)}   reciprocal (R) sides found ${rec[0]}/${rec[1]} ${pct(rec[0] / (rec[1] || 1))} | as scored before (R ignored, predictions on R wrong): source F1 ${pct(os.f)}, target F1 ${pct(ot.f)}`);
    const tm = f1(tMarked[0], tMarked[1], tMarked[2]);
    console.log(`${''.padEnd(4)}   target F1 on the ${marked} sentences whose gold marks a target or reciprocal side (not the target's measure, a diagnosis): ${pct(tm.f)} (P ${pct(tm.p)} R ${pct(tm.r)})`);
  }
  dump('roles', rolesDump);
}

async function main(): Promise<void> {
  if (!existsSync(EVAL)) {
    console.log(`No evaluation data at ${EVAL} (set TULIP_EVAL_DIR); nothing to measure.`);
    return;
  }
  const t0 = Date.now();
  const only = process.argv[2];
  if (!only || only === 'plover') evalPlover();
  if (!only || only === 'quad') evalQuad();
  if (!only || only === 'quad') evalOwnQuad();
  if (!only || only === 'police') evalPolice();
  if (!only || only === 'acled') evalAcled();
  if (!only || only === 'roles') evalRoles();
  for (const [name, file, fn] of [
    ['actors', '../scripts/eval-actors.js', 'evalActors'],
    ['places', '../scripts/eval-places.js', 'evalPlaces'],
  ] as const) {
    if (only && only !== name) continue;
    try {
      const mod = (await import(new URL(file, import.meta.url).href)) as Record<string, () => Promise<void>>;
      if (typeof mod[fn] === 'function') await mod[fn]();
    } catch (e) {
      console.log(`\n(${name} evaluation unavailable: ${(e as Error).message})`);
    }
  }
  console.log(`\neval took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
