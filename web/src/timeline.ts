/**
 * Events per bucket (day, week, month or year: the server chooses it from the span, see
 * src/store/buckets.ts) as bars stacked by PLOVER type (in the legend's order and colours);
 * dragging across the chart (brushing) sets the date range to whole buckets, a double-click
 * clears it.
 */
import { svg, clear } from './dom.js';
import { TYPES } from './colors.js';
import { bucketStart, bucketEnd, bucketCount, nextBucket, type Bucket } from '../../src/store/buckets.js';

/** stacking order: the legend's */
const TYPE_ORDER = new Map(TYPES.map((t, i) => [t.type, i]));

const H = 130;
const PAD_L = 44;
const PAD_B = 22;
const PAD_T = 8;
/** more buckets than this (only from an explicit bucket over a long span) are not drawn one by one */
const MAX_BINS = 5000;

export interface Bin {
  date: string;
  end: string;
  count: number;
  /** count per PLOVER type */
  byType: Map<string, number>;
}

export class Timeline {
  private bins: Bin[] = [];
  private bucket: Bucket = 'day';
  private index = new Map<string, number>();
  private width = 900;

  constructor(
    private readonly host: HTMLElement,
    private readonly onBrush: (from: string, to: string) => void,
  ) {}

  /** `byDayType`: counts per bucket (each `date` the first day of a `bucket`) and type, as /api/stats gives them */
  draw(
    byDayType: Array<{ date: string; type: string; count: number }>,
    bucket: Bucket,
    from: string,
    to: string,
    colour: (type: string) => string,
  ): void {
    clear(this.host);
    this.width = Math.max(320, this.host.clientWidth || 900);
    const W = this.width;
    // a long span asked per day would be drawn per month
    let dated = byDayType.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date));
    let first = dated.reduce((m, d) => (d.date < m ? d.date : m), dated[0]?.date ?? '');
    let last = dated.reduce((m, d) => (d.date > m ? d.date : m), '');
    if (dated.length && bucketCount(first, last, bucket) > MAX_BINS) {
      bucket = bucketCount(first, last, 'month') > MAX_BINS ? 'year' : 'month';
      dated = dated.map((d) => ({ ...d, date: bucketStart(d.date, bucket) }));
      first = bucketStart(first, bucket);
      last = bucketStart(last, bucket);
    }
    this.bucket = bucket;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': `Events per ${bucket}`, 'data-bucket': bucket });
    this.host.appendChild(root);
    if (dated.length === 0) {
      const t = svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated events');
      root.appendChild(t);
      return;
    }
    // every bucket from the first to the last, empty ones too
    this.bins = [];
    this.index.clear();
    for (let b = bucketStart(first, bucket); b <= last; b = nextBucket(b, bucket)) {
      this.index.set(b, this.bins.length);
      this.bins.push({ date: b, end: bucketEnd(b, bucket), count: 0, byType: new Map() });
    }
    for (const d of dated) {
      const bin = this.bins[this.index.get(bucketStart(d.date, bucket)) ?? -1];
      if (!bin) continue;
      bin.count += d.count;
      bin.byType.set(d.type, (bin.byType.get(d.type) ?? 0) + d.count);
    }
    const n = this.bins.length;
    const counts = this.bins.map((b) => b.count);
    const max = Math.max(...counts);
    const plotW = W - PAD_L - 8;
    const plotH = H - PAD_B - PAD_T;
    const bw = plotW / n;
    const x = (i: number) => PAD_L + i * bw;
    const y = (c: number) => PAD_T + plotH - (c / max) * plotH;

    // y axis: zero and max
    root.append(
      svg('line', { x1: PAD_L, x2: W - 8, y1: PAD_T + plotH, y2: PAD_T + plotH, class: 'axis' }),
      svg('text', { x: PAD_L - 6, y: PAD_T + 8, 'text-anchor': 'end', class: 'tick' }, max.toLocaleString()),
      svg('text', { x: PAD_L - 6, y: PAD_T + plotH, 'text-anchor': 'end', class: 'tick' }, '0'),
    );
    root.appendChild(svg('text', { x: W - 8, y: PAD_T + 8, 'text-anchor': 'end', class: 'tick unit' }, `events per ${bucket}`));

    const inRange = (b: Bin) => (!from || b.end >= from) && (!to || b.date <= to);
    const bars = svg('g', { class: 'bars' });
    this.bins.forEach((b, i) => {
      if (b.count === 0) return;
      const cls = (from || to) && !inRange(b) ? 'bar out' : 'bar';
      const label = `${bucket === 'day' ? b.date : `${bucket} ${b.date} – ${b.end}`}: ${b.count.toLocaleString()} event${b.count === 1 ? '' : 's'}`;
      const types = [...b.byType.keys()].sort((p, q) => (TYPE_ORDER.get(p) ?? 99) - (TYPE_ORDER.get(q) ?? 99) || (p < q ? -1 : 1));
      // stacked from the axis up, one segment per type
      let below = 0;
      for (const t of types) {
        const c = b.byType.get(t)!;
        const top = y(below + c);
        const r = svg('rect', {
          x: x(i).toFixed(2),
          y: top.toFixed(2),
          width: Math.max(0.8, bw - (bw > 3 ? 1 : 0)).toFixed(2),
          height: (y(below) - top).toFixed(2),
          class: cls,
          fill: colour(t),
          'data-type': t,
        });
        const title = svg('title');
        title.textContent = `${label} · ${t} ${c.toLocaleString()}`;
        r.appendChild(title);
        bars.appendChild(r);
        below += c;
      }
    });
    root.appendChild(bars);

    // date ticks: about 8 labels
    const every = Math.max(1, Math.ceil(n / 8));
    for (let i = 0; i < n; i += every) {
      root.appendChild(
        svg('text', { x: (x(i) + bw / 2).toFixed(1), y: H - 6, 'text-anchor': 'middle', class: 'tick' }, this.bins[i].date),
      );
    }

    // current range
    if (from || to) {
      const a = from ? this.indexOf(from) : 0;
      const b = to ? this.indexOf(to) : n - 1;
      if (b >= a) root.appendChild(svg('rect', { x: x(a), y: PAD_T, width: (b - a + 1) * bw, height: plotH, class: 'range' }));
    }
    this.brush(root, n, bw, plotH);
  }

  /** the bin holding `date`, or the nearest end */
  private indexOf(date: string): number {
    const i = this.index.get(bucketStart(date, this.bucket));
    if (i !== undefined) return i;
    return date < this.bins[0].date ? 0 : this.bins.length - 1;
  }

  private brush(root: SVGSVGElement, n: number, bw: number, plotH: number): void {
    const sel = svg('rect', { class: 'brush', y: PAD_T, height: plotH, x: 0, width: 0, visibility: 'hidden' });
    root.appendChild(sel);
    const index = (ev: PointerEvent) => {
      const box = root.getBoundingClientRect();
      const px = ((ev.clientX - box.left) / box.width) * this.width;
      return Math.max(0, Math.min(n - 1, Math.floor((px - PAD_L) / bw)));
    };
    let start: number | null = null;
    let current = 0;
    root.addEventListener('pointerdown', (ev) => {
      start = index(ev);
      current = start;
      root.setPointerCapture(ev.pointerId);
    });
    root.addEventListener('pointermove', (ev) => {
      if (start === null) return;
      current = index(ev);
      const a = Math.min(start, current);
      const b = Math.max(start, current);
      sel.setAttribute('x', String(PAD_L + a * bw));
      sel.setAttribute('width', String((b - a + 1) * bw));
      sel.setAttribute('visibility', 'visible');
    });
    root.addEventListener('pointerup', () => {
      if (start === null) return;
      const a = Math.min(start, current);
      const b = Math.max(start, current);
      const moved = start !== current;
      start = null;
      sel.setAttribute('visibility', 'hidden');
      if (moved) this.onBrush(this.bins[a].date, this.bins[b].end);
    });
    root.addEventListener('dblclick', () => this.onBrush('', ''));
  }
}
