/** The explorer: wires the filters (kept in the URL) to the map, timeline, table and event view. */
import './style.css';
import type { EventRecord } from '../../src/types.js';
import { names } from 'virtual:countries';
import { el, clear, byId } from './dom.js';
import { TYPES, QUADS, colorFor, quadOf } from './colors.js';
import { readState, stateSearch, filterParams, getJson, ApiError, ACLED_TYPES, type ViewState, type Sort } from './state.js';
import type { Bucket } from '../../src/store/buckets.js';
import { WorldMap, type MapPoint, type Group } from './map.js';
import { Timeline } from './timeline.js';
import { EventTable } from './table.js';
import { renderEvent, type EventDetail } from './eventview.js';

interface Stats {
  total: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  /** the unit of byDay and byDayType (the server's choice for the span: bucket=auto) */
  bucket: Bucket;
  byDay: Array<{ date: string; count: number }>;
  byDayType: Array<{ date: string; type: string; count: number }>;
  byAcledType: Record<string, number>;
  dead: number;
}

const MAP_LIMIT = 1000;
const PAGE = 50;

let state: ViewState = readState(location.search);
let generation = 0;
let controller: AbortController | null = null;
let cursors: Array<string | null> = [null];
let pageIndex = 0;

const form = byId<HTMLFormElement>('filters');
const status = byId('status');
const summary = byId('summary');
const legend = byId('legend');
const selection = byId('selection');
const view = byId('event-view');
const viewBody = byId('event-body');

const map = new WorldMap(byId('map'), {
  onSelect: selectGroup,
  onCountry: (iso2) => setState({ country: state.country === iso2 ? '' : iso2 }),
});
const timeline = new Timeline(byId('timeline'), (from, to) => setState({ from, to }));
const table = new EventTable(
  byId<HTMLTableElement>('events'),
  (id) => openEvent(id),
  (sort) => setSort(sort),
);

buildForm();
syncForm();
refresh();
if (state.event) openEvent(state.event, false);

window.addEventListener('popstate', () => {
  state = readState(location.search);
  syncForm();
  refresh();
  if (state.event) openEvent(state.event, false);
  else view.hidden = true;
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && !view.hidden) closeEvent();
});
byId('event-close').addEventListener('click', closeEvent);

function setState(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  history.pushState(null, '', `${location.pathname}${stateSearch(state)}`);
  syncForm();
  refresh();
}

/** another order for the table: only the table reloads, from its first page */
function setSort(sort: Sort): void {
  if (sort === state.sort) return;
  state = { ...state, sort };
  history.pushState(null, '', `${location.pathname}${stateSearch(state)}`);
  updateExports();
  cursors = [null];
  pageIndex = 0;
  const mine = ++generation;
  controller?.abort();
  controller = new AbortController();
  document.body.dataset.ready = 'false';
  status.textContent = 'Loading…';
  status.className = 'status';
  loadPage(controller.signal)
    .then(() => {
      if (mine === generation) status.textContent = '';
    })
    .catch((err) => {
      if (mine === generation && !controller?.signal.aborted) showError(err);
    })
    .finally(() => {
      if (mine === generation) document.body.dataset.ready = 'true';
    });
}

function typeBoxes(): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[name=type]')];
}

function input(name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function buildForm(): void {
  const country = input('country') as HTMLSelectElement;
  const sorted = Object.entries(names).sort((a, b) => a[1].localeCompare(b[1]));
  for (const [code, name] of sorted) country.appendChild(el('option', { value: code }, `${name} (${code})`));
  const acled = input('acled_type') as HTMLSelectElement;
  for (const t of ACLED_TYPES) acled.appendChild(el('option', { value: t }, t));
  acled.appendChild(el('option', { value: 'none' }, 'none (not ACLED-coded)'));
  const typeOptions = byId('type-options');
  for (const [q, info] of Object.entries(QUADS)) {
    const group = el('fieldset', {}, el('legend', {}, info.name));
    for (const t of TYPES.filter((t) => t.quad === Number(q))) {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.setProperty('--c', t.color);
      group.appendChild(el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'type', value: t.type }), swatch, t.type));
    }
    typeOptions.appendChild(group);
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    setState(readForm());
  });
  form.addEventListener('change', (ev) => {
    const target = ev.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'text') return; // applied on Enter
    setState(readForm());
  });
  input('min_confidence').addEventListener('input', () => {
    byId('conf-out').textContent = Number(input('min_confidence').value).toFixed(2);
  });
  byId('reset').addEventListener('click', () =>
    setState({ type: [], country: '', from: '', to: '', actor: '', q: '', min_confidence: '', acled_type: '', event: '' }),
  );
}

function readForm(): Partial<ViewState> {
  const type = typeBoxes()
    .filter((b) => b.checked)
    .map((b) => b.value);
  const mc = Number(input('min_confidence').value);
  return {
    type,
    country: input('country').value,
    from: input('from').value,
    to: input('to').value,
    actor: input('actor').value.trim(),
    q: input('q').value.trim(),
    min_confidence: mc > 0 ? String(mc) : '',
    acled_type: input('acled_type').value,
    colour: input('colour').value === 'quad' ? 'quad' : 'type',
  };
}

function syncForm(): void {
  for (const b of typeBoxes()) b.checked = state.type.includes(b.value);
  byId('type-summary').textContent = state.type.length === 0 ? 'any' : state.type.length <= 2 ? state.type.join(', ') : `${state.type.length} types`;
  input('country').value = state.country;
  input('from').value = state.from;
  input('to').value = state.to;
  input('actor').value = state.actor;
  input('q').value = state.q;
  input('min_confidence').value = state.min_confidence || '0';
  input('acled_type').value = state.acled_type;
  byId('conf-out').textContent = Number(state.min_confidence || 0).toFixed(2);
  input('colour').value = state.colour;
}

async function refresh(): Promise<void> {
  const mine = ++generation;
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  document.body.dataset.ready = 'false';
  status.textContent = 'Loading…';
  status.className = 'status';
  cursors = [null];
  pageIndex = 0;
  updateExports();
  try {
    const params = filterParams(state);
    const mapParams = filterParams(state);
    mapParams.set('limit', String(MAP_LIMIT));
    const statsNow = getJson<Stats>('/api/stats', params, signal);
    // the timeline shows the filter without its dates (the brushed range is drawn on it)
    const statsUndated = state.from || state.to ? getJson<Stats>('/api/stats', filterParams(state, ['from', 'to']), signal) : statsNow;
    // the ACLED type options count the filter without its ACLED type
    const statsAnyAcled = state.acled_type ? getJson<Stats>('/api/stats', filterParams(state, ['acled_type']), signal) : statsNow;
    const [stats, context, points, , anyAcled] = await Promise.all([
      statsNow,
      statsUndated,
      getJson<{ points: MapPoint[]; truncated: boolean }>('/api/map', mapParams, signal),
      loadPage(signal),
      statsAnyAcled,
    ]);
    if (mine !== generation) return;
    summary.textContent = `${stats.total.toLocaleString()} event${stats.total === 1 ? '' : 's'} · ${stats.dead.toLocaleString()} reported dead · ${Object.keys(stats.byCountry).length} countries`;
    drawLegend(stats);
    for (const o of (input('acled_type') as HTMLSelectElement).options) {
      if (!o.value) continue;
      const n = anyAcled.byAcledType[o.value] ?? 0;
      o.textContent = `${o.value === 'none' ? 'none (not ACLED-coded)' : o.value} (${n.toLocaleString()})`;
    }
    map.shade(stats.byCountry, state.country);
    map.setPoints(points.points, state.colour);
    if (state.country) map.focusCountry(state.country);
    timeline.draw(context.byDayType, context.bucket ?? 'day', state.from, state.to, (t) => colorFor(t, quadOf(t), state.colour));
    byId('map-note').textContent = points.truncated
      ? `Map shows the latest ${points.points.length.toLocaleString()} located events of ${stats.total.toLocaleString()}.`
      : `${points.points.length.toLocaleString()} located events on the map.`;
    clear(selection);
    status.textContent = '';
  } catch (err) {
    if (signal.aborted || mine !== generation) return;
    showError(err);
  } finally {
    if (mine === generation) document.body.dataset.ready = 'true';
  }
}

function showError(err: unknown): void {
  status.className = 'status error';
  status.textContent =
    err instanceof ApiError ? `${err.field ? `${err.field}: ` : ''}${err.message}` : `Could not load: ${String(err)}`;
}

async function loadPage(signal?: AbortSignal): Promise<void> {
  const params = filterParams(state);
  params.set('limit', String(PAGE));
  const sort = state.sort;
  if (sort !== '-date') params.set('sort', sort);
  const cursor = cursors[pageIndex];
  if (cursor) params.set('cursor', cursor);
  const page = await getJson<{ events: EventRecord[]; next: string | null }>('/api/events', params, signal);
  if (sort !== state.sort) return; // the order changed meanwhile: that load draws the table
  cursors = cursors.slice(0, pageIndex + 1);
  if (page.next) cursors.push(page.next);
  table.set(page.events, sort);
  const prev = byId<HTMLButtonElement>('prev');
  const next = byId<HTMLButtonElement>('next');
  prev.disabled = pageIndex === 0;
  next.disabled = !page.next;
  byId('page-no').textContent = `Page ${pageIndex + 1}`;
}

function turnPage(by: 1 | -1): void {
  if (by < 0 ? pageIndex === 0 : pageIndex + 1 >= cursors.length) return;
  pageIndex += by;
  document.body.dataset.ready = 'false';
  loadPage()
    .catch(showError)
    .finally(() => (document.body.dataset.ready = 'true'));
}
byId('prev').addEventListener('click', () => turnPage(-1));
byId('next').addEventListener('click', () => turnPage(1));

function drawLegend(stats: Stats): void {
  clear(legend);
  for (const t of TYPES) {
    const n = stats.byType[t.type] ?? 0;
    const active = state.type.includes(t.type);
    const chip = el(
      'button',
      {
        type: 'button',
        class: `chip${active ? ' active' : ''}${state.type.length && !active ? ' dim' : ''}`,
        'data-type': t.type,
        'aria-pressed': active ? 'true' : 'false',
        title: `${QUADS[t.quad].name}; click to filter`,
      },
      el('span', { class: 'swatch' }),
      t.type,
      el('span', { class: 'count' }, n ? n.toLocaleString() : ''),
    );
    (chip.firstChild as HTMLElement).style.setProperty('--c', colorFor(t.type, t.quad, state.colour));
    chip.addEventListener('click', () => {
      const type = active ? state.type.filter((x) => x !== t.type) : [...state.type, t.type];
      setState({ type });
    });
    legend.appendChild(chip);
  }
}

function updateExports(): void {
  const nav = byId('exports');
  clear(nav);
  const formats: Array<[string, string, string]> = [
    ['csv', 'CSV', 'tulip-events.csv'],
    ['acled', 'ACLED CSV', 'tulip-events-acled.csv'],
    ['geojson', 'GeoJSON', 'tulip-events.geojson'],
    ['jsonl', 'JSONL', 'tulip-events.jsonl'],
  ];
  nav.appendChild(el('span', {}, 'Export: '));
  for (const [format, label, file] of formats) {
    const p = filterParams(state);
    p.set('format', format);
    if (state.sort !== '-date') p.set('sort', state.sort); // in the table's order
    nav.appendChild(el('a', { href: `/api/events?${p}`, download: file, 'data-format': format }, label));
  }
}

function selectGroup(g: Group): void {
  if (g.points.length === 1) {
    openEvent(g.points[0][4]);
    return;
  }
  clear(selection);
  const list = el('ul');
  for (const p of g.points.slice(0, 30)) {
    const b = el('button', { type: 'button', 'data-id': p[4] }, `${p[6] ?? 'undated'} · ${p[2]}`);
    b.addEventListener('click', () => openEvent(p[4]));
    list.appendChild(el('li', {}, b));
  }
  const close = el('button', { type: 'button', class: 'link' }, 'close');
  close.addEventListener('click', () => clear(selection));
  selection.append(
    el('p', {}, el('strong', {}, g.place || 'Selected place'), ` · ${g.points.length} events `, close),
    list,
  );
  if (g.points.length > 30) selection.appendChild(el('p', { class: 'muted' }, `and ${g.points.length - 30} more (see the table)`));
}

async function openEvent(id: string, push = true): Promise<void> {
  if (push && state.event !== id) {
    state = { ...state, event: id };
    history.pushState(null, '', `${location.pathname}${stateSearch(state)}`);
  }
  view.hidden = false;
  view.dataset.ready = 'false';
  clear(viewBody);
  viewBody.appendChild(el('p', {}, 'Loading…'));
  try {
    const d = await getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
    if (state.event !== id) return;
    renderEvent(viewBody, d, (other) => openEvent(other));
  } catch (err) {
    clear(viewBody);
    viewBody.appendChild(
      el('p', { class: 'error' }, err instanceof ApiError && err.status === 404 ? 'No such event.' : `Could not load: ${String(err)}`),
    );
  } finally {
    view.dataset.ready = 'true';
  }
}

function closeEvent(): void {
  view.hidden = true;
  if (state.event) setStateQuiet({ event: '' });
}

function setStateQuiet(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  history.pushState(null, '', `${location.pathname}${stateSearch(state)}`);
}
