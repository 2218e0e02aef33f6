/**
 * How an actor code of ours is compared with a PLOVER gold-standard record's (plover-gsr-dev.json),
 * whose conventions differ from ours in three ways:
 *  - the gold gives every international body the code "IGO" (the UN, NATO, Amnesty, the Red
 *    Cross); we give the body's own code (UNO, NAT, AMN, IRC) and mark it IGO or NGO in the
 *    sector or in the CAMEO code (IGOUNO). Gold IGO or NGO is matched by any IGO/NGO of ours;
 *  - the gold's sector can carry an ethnic or religious sub-code after the sector ("ELIyor",
 *    "REBkur", "CVLalb"): only its first three letters are the sector. "CIV" is read as CVL, and
 *    "***" (unknown) is not scored;
 *  - we code a body itself with sector IGO or NGO and protesters as PRO; the gold leaves such a
 *    body's sector empty and has no PRO (protesters are CVL).
 * Used by eval-actors.ts and by the PLOVER source-actor measure of eval.ts.
 */
export interface CodedActor {
  code: string | null;
  sector: string | null;
  cameo_code?: string | null;
}

/** the gold code, IGO for any international body */
export function goldCode(code: string): string {
  return code === 'IGO' || code === 'NGO' ? 'IGO' : code;
}

/** the gold sector as a sector of ours; '***' when the gold says it is unknown (not scored) */
export function goldSector(sector: string | null | undefined): string | null {
  if (!sector) return null;
  if (sector === '***') return '***';
  const s = sector.slice(0, 3).toUpperCase();
  return s === 'CIV' ? 'CVL' : s;
}

/** our actor's code in the gold's convention */
export function ourCode(a: CodedActor): string | null {
  if (!a.code) return null;
  if (a.sector === 'IGO' || a.sector === 'NGO' || /^(IGO|NGO)/.test(a.cameo_code ?? '')) return 'IGO';
  return a.code;
}

/** our actor's sector in the gold's convention */
export function ourSector(s: string | null): string | null {
  if (!s || s === 'IGO' || s === 'NGO') return null;
  if (s === 'PRO') return 'CVL';
  return s;
}
