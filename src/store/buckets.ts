/**
 * Time buckets of the stats' timeline (byDay, byDayType): a day, an ISO week (Monday to
 * Sunday), a calendar month or a calendar year, each named by its first day (YYYY-MM-DD).
 * 'auto' takes the finest bucket that keeps the timeline within AUTO_MAX_BUCKETS buckets over
 * the span of the counted events' dates. Pure functions: the dashboard uses them too.
 */
export const BUCKETS = ['day', 'week', 'month', 'year'] as const;
export type Bucket = (typeof BUCKETS)[number];
export type BucketChoice = Bucket | 'auto';

/**
 * at most this many buckets from the first to the last dated event with bucket=auto: days up
 * to 400 days, weeks up to ~7.5 years, months up to ~33 years (a bar of 2+ px on a dashboard)
 */
export const AUTO_MAX_BUCKETS = 400;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(d: string): number {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : NaN;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** the first day of the bucket holding `date`; a string that is not YYYY-MM-DD stays as it is */
export function bucketStart(date: string, b: Bucket): string {
  if (b === 'day' || !ISO_DAY.test(date)) return date;
  if (b === 'month') return `${date.slice(0, 7)}-01`;
  if (b === 'year') return `${date.slice(0, 4)}-01-01`;
  const n = dayNumber(date);
  if (!Number.isFinite(n)) return date;
  // 1970-01-01 (day 0) was a Thursday: Monday is 3 days before
  return fromDayNumber(n - ((((n + 3) % 7) + 7) % 7));
}

/** the first day of the bucket after the one starting on `start` */
export function nextBucket(start: string, b: Bucket): string {
  if (b === 'day' || b === 'week') return fromDayNumber(dayNumber(start) + (b === 'day' ? 1 : 7));
  const y = Number(start.slice(0, 4));
  if (b === 'year') return `${String(y + 1).padStart(4, '0')}-01-01`;
  const m = Number(start.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${start.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
}

/** the last day of the bucket starting on `start` */
export function bucketEnd(start: string, b: Bucket): string {
  if (b === 'day') return start;
  return fromDayNumber(dayNumber(nextBucket(start, b)) - 1);
}

/** how many buckets of kind `b` from the one holding `first` to the one holding `last` */
export function bucketCount(first: string, last: string, b: Bucket): number {
  const a = bucketStart(first, b);
  const z = bucketStart(last, b);
  if (b === 'day' || b === 'week') {
    const n = (dayNumber(z) - dayNumber(a)) / (b === 'day' ? 1 : 7) + 1;
    return Number.isFinite(n) ? n : 1;
  }
  const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  const n = b === 'year' ? Number(z.slice(0, 4)) - Number(a.slice(0, 4)) + 1 : months(z) - months(a) + 1;
  return Number.isFinite(n) ? n : 1;
}

/** the finest bucket with at most `max` buckets between the two dates (inclusive) */
export function chooseBucket(first: string | null, last: string | null, max = AUTO_MAX_BUCKETS): Bucket {
  if (first === null || last === null || !ISO_DAY.test(first) || !ISO_DAY.test(last)) return 'day';
  for (const b of ['day', 'week', 'month'] as const) if (bucketCount(first, last, b) <= max) return b;
  return 'year';
}

/**
 * Per-day counts (ascending dates) regrouped into buckets; `byDayType` stays ordered by bucket,
 * then type.
 */
export function rebucket(
  byDay: Array<{ date: string; count: number }>,
  byDayType: Array<{ date: string; type: string; count: number }>,
  choice: BucketChoice,
): { bucket: Bucket; byDay: Array<{ date: string; count: number }>; byDayType: Array<{ date: string; type: string; count: number }> } {
  const bucket = choice === 'auto' ? chooseBucket(byDay[0]?.date ?? null, byDay[byDay.length - 1]?.date ?? null) : choice;
  if (bucket === 'day') return { bucket, byDay, byDayType };
  const days: Array<{ date: string; count: number }> = [];
  for (const d of byDay) {
    const k = bucketStart(d.date, bucket);
    const last = days[days.length - 1];
    if (last && last.date === k) last.count += d.count;
    else days.push({ date: k, count: d.count });
  }
  const types: Array<{ date: string; type: string; count: number }> = [];
  let run: Map<string, number> | null = null;
  let runKey = '';
  const flush = () => {
    if (!run) return;
    for (const t of [...run.keys()].sort()) types.push({ date: runKey, type: t, count: run.get(t)! });
  };
  for (const d of byDayType) {
    const k = bucketStart(d.date, bucket);
    if (!run || k !== runKey) {
      flush();
      run = new Map();
      runKey = k;
    }
    run.set(d.type, (run.get(d.type) ?? 0) + d.count);
  }
  flush();
  return { bucket, byDay: days, byDayType: types };
}
