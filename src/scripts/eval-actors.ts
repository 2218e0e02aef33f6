/**
 * Actor evaluation on the shared development data (../shared/eval, when present):
 *  - actor-spans-dev.txt (BIO, B-S/I-S source, B-T/I-T target): span F1 for source and target
 *    actors; a predicted span matches a gold one when it overlaps more than half of it. Roles
 *    come from a simple rule (first mention before the main verb = source, first after =
 *    target, swapped for "was ...ed by X"); the event coder assigns roles properly.
 *  - plover-gsr-dev.json: for each gold source actor text, the overlapping recognised mention's
 *    code and sector, with the gold's coding conventions mapped as gsr-codes.ts says.
 * Each file is split in halves (first = tuning, second = held out) and both are reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../text/analyse.js';
import { recogniseActors } from '../recognise/actors/index.js';
import type { ActorMention } from '../recognise/actors/index.js';
import { goldCode, goldSector, ourCode, ourSector } from './gsr-codes.js';
import type { Doc, Span } from '../types.js';

interface GoldSent {
  text: string;
  S: Span[];
  T: Span[];
  /** the two sides of a reciprocal act ("met", "held talks with"), tagged R: neither source nor target */
  R: Span[];
}

function readBio(path: string): GoldSent[] {
  const out: GoldSent[] = [];
  let words: Array<[string, string]> = [];
  const flush = () => {
    if (!words.length) return;
    let text = '';
    const S: Span[] = [];
    const T: Span[] = [];
    const R: Span[] = [];
    const put = (c: { role: string; span: Span }) => (c.role === 'S' ? S : c.role === 'T' ? T : R).push(c.span);
    let cur: { role: string; span: Span } | null = null;
    for (const [w, tag] of words) {
      if (text) text += ' ';
      const start = text.length;
      text += w;
      const end = text.length;
      if (tag.startsWith('B-') || (tag.startsWith('I-') && (!cur || cur.role !== tag.slice(2)))) {
        if (cur) put(cur);
        cur = { role: tag.slice(2), span: { start, end } };
      } else if (tag.startsWith('I-') && cur) cur.span.end = end;
      else {
        if (cur) put(cur);
        cur = null;
      }
    }
    if (cur) put(cur);
    out.push({ text, S, T, R });
    words = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const sp = line.lastIndexOf(' ');
    if (sp < 0) continue;
    words.push([line.slice(0, sp), line.slice(sp + 1).trim()]);
  }
  flush();
  return out;
}

function doc(text: string): Doc {
  return analyse({ id: 'eval', title: null, source: null, url: null, published: null, text });
}

/** Source/target by position around the main verb (passive "by X" swaps them). */
export function roles(d: Doc, ms: ActorMention[]): { S: ActorMention[]; T: ActorMention[] } {
  const tk = d.tokens;
  const nested = ms.filter((m) => !ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  // an apposition and its name are one actor: "Zabihullah Mujahid, the Taliban spokesman"
  const top: ActorMention[] = [];
  for (const m of nested) {
    const p = top[top.length - 1];
    if (p && m.kind !== 'pronoun' && (m.ref === p || p.ref === m) && tk[p.last]?.text === ',' && m.first - p.last <= 4) {
      top[top.length - 1] = { ...p, end: m.end, last: m.last, text: d.text.slice(p.start, m.end) };
    } else top.push(m);
  }
  if (!top.length) return { S: [], T: [] };
  const inside = (i: number) => top.some((m) => m.first <= i && i < m.last);
  let v = -1;
  for (let i = top[0].last; i < tk.length; i++) {
    if (tk[i].pos === 'VERB' && !inside(i)) {
      v = i;
      break;
    }
  }
  const group = (list: ActorMention[]): ActorMention[] => {
    if (!list.length) return [];
    const g = [list[0]];
    for (let k = 1; k < list.length; k++) {
      const between = tk.slice(g[g.length - 1].last, list[k].first).map((t) => t.lower);
      if (between.length === 1 && (between[0] === 'and' || between[0] === ',')) g.push(list[k]);
      else break;
    }
    return g;
  };
  if (v < 0) return { S: group(top), T: [] };
  const before = top.filter((m) => m.last <= v);
  let after = top.filter((m) => m.first > v);
  // "X says it has killed Y": the target is after the reported verb
  if (SAY.has(tk[v].lemma) && after.length) {
    let v2 = -1;
    for (let i = after[0].last; i < tk.length; i++) {
      if (tk[i].pos === 'VERB' && !inside(i)) {
        v2 = i;
        break;
      }
    }
    if (v2 > 0 && after.some((m) => m.first > v2)) after = after.filter((m) => m.first > v2);
  }
  // actors after a locative preposition are more often places than targets
  const located = after.filter((m) => !LOC.has(tk[m.first - 1]?.lower ?? ''));
  if (located.length) after = located;
  const passive = v > 0 && tk[v - 1].lemma === 'be';
  if (passive) {
    const by = after.find((m) => tk[m.first - 1]?.lower === 'by');
    if (by) return { S: group(after.slice(after.indexOf(by))), T: group(before) };
  }
  return { S: group(before), T: group(after) };
}

const SAY = new Set(['say', 'tell', 'claim', 'announce', 'report', 'state', 'insist', 'add', 'confirm']);
const LOC = new Set(['in', 'at', 'near', 'into', 'across', 'outside', 'inside', 'throughout']);

/** a predicted span matches a gold one it overlaps by more than half of the gold span */
const matches = (p: Span, g: Span): boolean => Math.min(p.end, g.end) - Math.max(p.start, g.start) > (g.end - g.start) / 2;

function prf(gold: Span[][], pred: Span[][]): { p: number; r: number; f: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (let i = 0; i < gold.length; i++) {
    const used = new Set<number>();
    ng += gold[i].length;
    np += pred[i].length;
    for (const g of gold[i]) {
      const k = pred[i].findIndex((p, j) => !used.has(j) && matches(p, g));
      if (k >= 0) {
        used.add(k);
        tp++;
      }
    }
  }
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number) => (100 * x).toFixed(1);

function evalSpans(sents: GoldSent[], label: string): void {
  const gS: Span[][] = [];
  const gT: Span[][] = [];
  const pS: Span[][] = [];
  const pT: Span[][] = [];
  const gA: Span[][] = [];
  const pA: Span[][] = [];
  for (const s of sents) {
    const d = doc(s.text);
    const ms = recogniseActors(d);
    const r = roles(d, ms);
    // a prediction on a side of a reciprocal act is neither right nor wrong as a source or target
    const keep = (p: Span, gold: Span[]) => !s.R.some((g) => matches(p, g)) || gold.some((g) => matches(p, g));
    gS.push(s.S);
    gT.push(s.T);
    pS.push(r.S.filter((p) => keep(p, s.S)));
    pT.push(r.T.filter((p) => keep(p, s.T)));
    gA.push([...s.S, ...s.T]);
    pA.push([...r.S, ...r.T]);
  }
  const fs = prf(gS, pS);
  const ft = prf(gT, pT);
  const fa = prf(gA, pA);
  console.log(
    `  ${label} (${sents.length} sentences): source P ${pct(fs.p)} R ${pct(fs.r)} F1 ${pct(fs.f)} | target P ${pct(ft.p)} R ${pct(ft.r)} F1 ${pct(ft.f)} | any role F1 ${pct(fa.f)}`,
  );
}

interface GsrActor {
  actorText?: string;
  code?: string;
  sector?: string;
}
interface GsrRecord {
  text: string;
  source: GsrActor[] | string;
}

function evalGsr(recs: GsrRecord[], label: string): void {
  let n = 0;
  let found = 0;
  let codeOk = 0;
  let sectorN = 0;
  let sectorOk = 0;
  let bothN = 0;
  let bothOk = 0;
  const misses: string[] = [];
  for (const r of recs) {
    if (!Array.isArray(r.source)) continue;
    const d = doc(r.text);
    const ms = recogniseActors(d);
    for (const a of r.source) {
      if (!a.actorText || !a.code) continue;
      n++;
      const parts = a.actorText.split(/\s*\.\.\.\s*/).filter(Boolean);
      let start = -1;
      let end = -1;
      for (const p of parts.sort((x, y) => y.length - x.length)) {
        const at = r.text.indexOf(p.trim());
        if (at >= 0) {
          start = at;
          end = at + p.trim().length;
          break;
        }
      }
      if (start < 0) continue;
      let best: ActorMention | null = null;
      let bestOv = 0;
      for (const m of ms) {
        const ov = Math.min(m.end, end) - Math.max(m.start, start);
        if (ov > bestOv) {
          best = m;
          bestOv = ov;
        }
      }
      const gCode = goldCode(a.code);
      const rawSector = goldSector(a.sector);
      if (best) found++;
      const cOk = !!best && ourCode(best) === gCode;
      if (cOk) codeOk++;
      let sOk = false;
      if (rawSector !== '***') {
        sectorN++;
        sOk = !!best && ourSector(best.sector) === rawSector;
        if (sOk) sectorOk++;
        bothN++;
        if (cOk && sOk) bothOk++;
      }
      if (!cOk || (!sOk && rawSector !== '***')) {
        misses.push(
          `    ${a.actorText} gold ${a.code}/${a.sector ?? '-'} got ${best ? `[${best.text}] ${best.code}/${best.sector ?? '-'}` : 'nothing'}`,
        );
      }
    }
  }
  console.log(
    `  ${label} (${n} source actors, ${found} found): code ${pct(codeOk / (n || 1))} sector ${pct(sectorOk / (sectorN || 1))} code+sector ${pct(bothOk / (bothN || 1))}`,
  );
  if (process.env.TULIP_EVAL_VERBOSE) console.log(misses.join('\n'));
}

export async function evalActors(): Promise<void> {
  const dir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
  if (!existsSync(dir)) {
    console.log('actors: no shared eval folder at ' + dir + '; skipped');
    return;
  }
  console.log('actors');
  const spans = dir + 'actor-spans-dev.txt';
  if (existsSync(spans)) {
    const sents = readBio(spans);
    const half = Math.floor(sents.length / 2);
    console.log(' actor-spans-dev.txt span F1 (overlap > half of gold span)');
    evalSpans(sents.slice(0, half), 'first half (tuning)');
    evalSpans(sents.slice(half), 'second half (held out)');
  }
  const gsr = dir + 'plover-gsr-dev.json';
  if (existsSync(gsr)) {
    const recs = JSON.parse(readFileSync(gsr, 'utf8')) as GsrRecord[];
    const half = Math.floor(recs.length / 2);
    console.log(' plover-gsr-dev.json source actor code / sector accuracy');
    evalGsr(recs.slice(0, half), 'first half (tuning)');
    evalGsr(recs.slice(half), 'second half (held out)');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await evalActors();
}
