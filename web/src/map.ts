/**
 * The world map: bundled Natural Earth boundaries (world-atlas, 1:110m) drawn with d3-geo,
 * countries shaded by event count, events as points grouped by place and sized by count.
 * Wheel zooms, drag pans, a click on a point selects its events, a click on a country filters.
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { numericToIso2, names } from 'virtual:countries';
import { svg, el, clear } from './dom.js';
import { colorFor } from './colors.js';

/** [lon, lat, type, quad, id, place, date] */
export type MapPoint = [number, number, string, number, string, string | null, string | null];

export interface Group {
  lon: number;
  lat: number;
  place: string;
  points: MapPoint[];
  /** most frequent type in the group */
  type: string;
  quad: number;
}

export interface MapHandlers {
  onSelect(group: Group): void;
  onCountry(iso2: string): void;
}

const W = 960;
const H = 500;

export class WorldMap {
  private readonly root: SVGSVGElement;
  private readonly layer: SVGGElement;
  private readonly countryLayer: SVGGElement;
  private readonly pointLayer: SVGGElement;
  private readonly tip: HTMLDivElement;
  private readonly countryPaths = new Map<string, SVGPathElement>();
  private readonly path;
  private k = 1;
  private x = 0;
  private y = 0;
  private groups: Group[] = [];
  private colourBy: 'type' | 'quad' = 'type';

  constructor(
    private readonly host: HTMLElement,
    private readonly handlers: MapHandlers,
  ) {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [W - 4, H - 4],
      ],
      { type: 'Sphere' } as GeoPermissibleObjects,
    );
    this.path = geoPath(projection);
    this.projection = projection;
    this.root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'World map of events' });
    this.layer = svg('g');
    this.countryLayer = svg('g', { class: 'countries' });
    this.pointLayer = svg('g', { class: 'points' });
    const sphere = svg('path', { class: 'sphere', d: this.path({ type: 'Sphere' } as GeoPermissibleObjects) ?? '' });
    this.layer.append(sphere, this.countryLayer, this.pointLayer);
    for (const f of countries.features) {
      const iso2 = numericToIso2[String(f.id ?? '')] ?? '';
      const d = this.path(f);
      if (!d) continue;
      const p = svg('path', { d, class: 'country', 'data-iso2': iso2, fill: '#f3f1ec' });
      const title = svg('title');
      title.textContent = names[iso2] ?? f.properties?.name ?? '';
      p.appendChild(title);
      if (iso2) this.countryPaths.set(iso2, p);
      this.countryLayer.appendChild(p);
    }
    this.root.appendChild(this.layer);
    this.tip = el('div', { class: 'tip', hidden: true });
    const zoomIn = el('button', { type: 'button', class: 'zoom', title: 'Zoom in' }, '+');
    const zoomOut = el('button', { type: 'button', class: 'zoom', title: 'Zoom out' }, '−');
    const reset = el('button', { type: 'button', class: 'zoom', title: 'Whole world' }, '⟲');
    zoomIn.addEventListener('click', () => this.zoomAt(W / 2, H / 2, 1.6));
    zoomOut.addEventListener('click', () => this.zoomAt(W / 2, H / 2, 1 / 1.6));
    reset.addEventListener('click', () => this.setTransform(1, 0, 0));
    clear(host);
    host.append(this.root, el('div', { class: 'zoom-buttons' }, zoomIn, zoomOut, reset), this.tip);
    this.interact();
  }

  private readonly projection;

  /** Shade countries by count (log scale); highlight the filtered one. */
  shade(byCountry: Record<string, number>, selected: string): void {
    const max = Math.max(1, ...Object.values(byCountry));
    for (const [iso2, p] of this.countryPaths) {
      const n = byCountry[iso2] ?? 0;
      const t = n > 0 ? 0.15 + (0.85 * Math.log1p(n)) / Math.log1p(max) : 0;
      p.setAttribute('fill', n > 0 ? mix('#f3eee4', '#c9a66b', t) : '#f3f1ec');
      p.classList.toggle('selected', iso2 === selected);
      const title = p.firstChild as SVGTitleElement;
      title.textContent = `${names[iso2] ?? iso2}: ${n.toLocaleString()} event${n === 1 ? '' : 's'}`;
    }
  }

  /** Points grouped by place; larger circles for more events. */
  setPoints(points: MapPoint[], colourBy: 'type' | 'quad'): void {
    this.colourBy = colourBy;
    const byPlace = new Map<string, Group>();
    for (const p of points) {
      const key = `${p[0].toFixed(2)},${p[1].toFixed(2)}`;
      let g = byPlace.get(key);
      if (!g) {
        g = { lon: p[0], lat: p[1], place: p[5] ?? '', points: [], type: p[2], quad: p[3] };
        byPlace.set(key, g);
      }
      g.points.push(p);
    }
    for (const g of byPlace.values()) {
      const counts = new Map<string, number>();
      for (const p of g.points) counts.set(p[2], (counts.get(p[2]) ?? 0) + 1);
      g.type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      g.quad = g.points.find((p) => p[2] === g.type)?.[3] ?? 0;
    }
    // big groups first so small ones stay clickable on top
    this.groups = [...byPlace.values()].sort((a, b) => b.points.length - a.points.length);
    this.drawPoints();
  }

  private drawPoints(): void {
    clear(this.pointLayer);
    for (const g of this.groups) {
      const xy = this.projection([g.lon, g.lat]);
      if (!xy) continue;
      const r = (2.5 + Math.min(12, Math.sqrt(g.points.length) * 1.4)) / this.k;
      const c = svg('circle', {
        cx: xy[0].toFixed(2),
        cy: xy[1].toFixed(2),
        r: r.toFixed(2),
        fill: colorFor(g.type, g.quad, this.colourBy),
        'stroke-width': (0.8 / this.k).toFixed(3),
        class: 'point',
        'data-count': g.points.length,
        'data-type': g.type,
      });
      c.addEventListener('pointerenter', (ev) => this.showTip(g, ev));
      c.addEventListener('pointermove', (ev) => this.moveTip(ev));
      c.addEventListener('pointerleave', () => (this.tip.hidden = true));
      c.addEventListener('click', (ev) => {
        ev.stopPropagation();
        if (this.dragged) return;
        this.handlers.onSelect(g);
      });
      this.pointLayer.appendChild(c);
    }
  }

  private showTip(g: Group, ev: PointerEvent): void {
    clear(this.tip);
    const types = new Map<string, number>();
    for (const p of g.points) types.set(p[2], (types.get(p[2]) ?? 0) + 1);
    this.tip.append(
      el('strong', {}, g.place || `${g.lat.toFixed(2)}, ${g.lon.toFixed(2)}`),
      el('div', {}, `${g.points.length} event${g.points.length === 1 ? '' : 's'}`),
      el(
        'div',
        { class: 'tip-types' },
        [...types.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([t, n]) => `${t} ${n}`)
          .join(' · '),
      ),
    );
    this.tip.hidden = false;
    this.moveTip(ev);
  }

  private moveTip(ev: PointerEvent): void {
    const box = this.host.getBoundingClientRect();
    this.tip.style.left = `${ev.clientX - box.left + 12}px`;
    this.tip.style.top = `${ev.clientY - box.top + 12}px`;
  }

  /** Zoom to a country's extent (when the filter names one). */
  focusCountry(iso2: string): void {
    const p = this.countryPaths.get(iso2);
    if (!p) return;
    const b = p.getBBox();
    const k = Math.max(1, Math.min(12, 0.8 / Math.max(b.width / W, b.height / H)));
    this.setTransform(k, W / 2 - k * (b.x + b.width / 2), H / 2 - k * (b.y + b.height / 2));
  }

  private dragged = false;

  private interact(): void {
    this.root.addEventListener(
      'wheel',
      (ev) => {
        ev.preventDefault();
        const [px, py] = this.svgPoint(ev);
        this.zoomAt(px, py, ev.deltaY < 0 ? 1.25 : 0.8);
      },
      { passive: false },
    );
    let start: { x: number; y: number; tx: number; ty: number } | null = null;
    this.root.addEventListener('pointerdown', (ev) => {
      const [px, py] = this.svgPoint(ev);
      start = { x: px, y: py, tx: this.x, ty: this.y };
      this.dragged = false;
    });
    this.root.addEventListener('pointermove', (ev) => {
      if (!start || !(ev.buttons & 1)) return;
      const [px, py] = this.svgPoint(ev);
      if (!this.dragged && Math.hypot(px - start.x, py - start.y) < 4) return;
      if (!this.dragged) this.root.setPointerCapture(ev.pointerId);
      this.dragged = true;
      this.setTransform(this.k, start.tx + px - start.x, start.ty + py - start.y, false);
    });
    const end = (ev: PointerEvent) => {
      if (this.root.hasPointerCapture(ev.pointerId)) this.root.releasePointerCapture(ev.pointerId);
      start = null;
    };
    this.root.addEventListener('pointerup', end);
    this.root.addEventListener('pointercancel', end);
    this.countryLayer.addEventListener('click', (ev) => {
      if (this.dragged) return;
      const target = ev.target as Element;
      const iso2 = target.getAttribute('data-iso2');
      if (iso2) this.handlers.onCountry(iso2);
    });
  }

  private svgPoint(ev: MouseEvent): [number, number] {
    const box = this.root.getBoundingClientRect();
    return [((ev.clientX - box.left) / box.width) * W, ((ev.clientY - box.top) / box.height) * H];
  }

  private zoomAt(px: number, py: number, factor: number): void {
    const k = Math.max(1, Math.min(24, this.k * factor));
    const f = k / this.k;
    this.setTransform(k, px - (px - this.x) * f, py - (py - this.y) * f);
  }

  private setTransform(k: number, x: number, y: number, redraw = true): void {
    const kChanged = k !== this.k;
    // keep the map on screen
    this.k = k;
    this.x = Math.min(0, Math.max(W - W * k, x));
    this.y = Math.min(0, Math.max(H - H * k, y));
    this.layer.setAttribute('transform', `translate(${this.x.toFixed(2)},${this.y.toFixed(2)}) scale(${k})`);
    if (kChanged && redraw) this.drawPoints();
  }
}

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + (pb[i] - v) * t).toString(16).padStart(2, '0')).join('')}`;
}
