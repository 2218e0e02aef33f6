/** PLOVER types, their quad class, and the colours the map, legend and table share. */
export const TYPES: Array<{ type: string; quad: number; color: string }> = [
  { type: 'AGREE', quad: 1, color: '#4e9fd1' },
  { type: 'CONSULT', quad: 1, color: '#2b6fa8' },
  { type: 'SUPPORT', quad: 1, color: '#7cc0e8' },
  { type: 'CONCEDE', quad: 1, color: '#1c4f7a' },
  { type: 'COOPERATE', quad: 2, color: '#3c9a5f' },
  { type: 'AID', quad: 2, color: '#84c991' },
  { type: 'RETREAT', quad: 2, color: '#1f6b3a' },
  { type: 'REQUEST', quad: 3, color: '#e8b04a' },
  { type: 'ACCUSE', quad: 3, color: '#d98b1e' },
  { type: 'REJECT', quad: 3, color: '#b8741a' },
  { type: 'THREATEN', quad: 3, color: '#f2cf77' },
  { type: 'PROTEST', quad: 4, color: '#9b4dca' },
  { type: 'SANCTION', quad: 4, color: '#7a5c3e' },
  { type: 'MOBILIZE', quad: 4, color: '#e0674b' },
  { type: 'COERCE', quad: 4, color: '#c23b3b' },
  { type: 'ASSAULT', quad: 4, color: '#7f1d1d' },
];

export const QUADS: Record<number, { name: string; color: string }> = {
  1: { name: 'Verbal cooperation', color: '#2b6fa8' },
  2: { name: 'Material cooperation', color: '#3c9a5f' },
  3: { name: 'Verbal conflict', color: '#d98b1e' },
  4: { name: 'Material conflict', color: '#c23b3b' },
};

const byType = new Map(TYPES.map((t) => [t.type, t]));

export function typeColor(type: string): string {
  return byType.get(type)?.color ?? '#777777';
}

export function quadOf(type: string): number {
  return byType.get(type)?.quad ?? 0;
}

export function colorFor(type: string, quad: number, by: 'type' | 'quad'): string {
  return by === 'quad' ? (QUADS[quad]?.color ?? '#777777') : typeColor(type);
}
