/**
 * The event table: one page at a time (cursor paging), in the server's order. The Date, Type
 * and Dead headers choose that order (GET /api/events?sort=...): clicking asks the caller to
 * change the sort, which reloads the table from its first page.
 */
import type { EventRecord } from '../../src/types.js';
import { el, clear } from './dom.js';
import { typeColor } from './colors.js';
import type { Sort } from './state.js';

/** per sortable column: the sort a first click chooses, and the one a click on the active column flips to */
const COLUMNS: Record<string, { first: Sort; flip: Partial<Record<Sort, Sort>> }> = {
  date: { first: '-date', flip: { '-date': 'date', date: '-date' } },
  type: { first: 'type', flip: { type: '-date' } },
  dead: { first: '-fatalities', flip: { '-fatalities': 'fatalities', fatalities: '-fatalities' } },
};

/** the column a sort belongs to, and its direction */
function activeOf(sort: Sort): { key: string; dir: 'asc' | 'desc' } {
  switch (sort) {
    case '-date':
      return { key: 'date', dir: 'desc' };
    case 'date':
      return { key: 'date', dir: 'asc' };
    case 'type':
      return { key: 'type', dir: 'asc' };
    case '-fatalities':
      return { key: 'dead', dir: 'desc' };
    case 'fatalities':
      return { key: 'dead', dir: 'asc' };
  }
}

export class EventTable {
  private sort: Sort = '-date';
  private readonly tbody: HTMLTableSectionElement;
  private readonly headers = new Map<string, HTMLButtonElement>();

  constructor(
    host: HTMLTableElement,
    private readonly onOpen: (id: string) => void,
    private readonly onSort: (sort: Sort) => void,
  ) {
    const head = el('thead');
    const row = el('tr');
    const cols: Array<[string, string | null]> = [
      ['Date', 'date'],
      ['Type', 'type'],
      ['Who', null],
      ['To whom', null],
      ['Where', null],
      ['Dead', 'dead'],
      ['Conf.', null],
      ['Sentence', null],
    ];
    for (const [label, key] of cols) {
      if (!key) {
        row.appendChild(el('th', { scope: 'col' }, label));
        continue;
      }
      const b = el('button', { type: 'button', class: 'sort', 'data-key': key, title: 'Sort all matching events' }, label);
      b.addEventListener('click', () => {
        const col = COLUMNS[key];
        this.onSort(activeOf(this.sort).key === key ? (col.flip[this.sort] ?? col.first) : col.first);
      });
      this.headers.set(key, b);
      row.appendChild(el('th', { scope: 'col' }, b));
    }
    head.appendChild(row);
    this.tbody = el('tbody');
    clear(host);
    host.append(head, this.tbody);
  }

  /** shows a page, fetched in `sort` order */
  set(events: EventRecord[], sort: Sort): void {
    this.sort = sort;
    const active = activeOf(sort);
    for (const [key, b] of this.headers) {
      const on = key === active.key;
      b.dataset.active = on ? active.dir : '';
      b.parentElement?.setAttribute('aria-sort', on ? (active.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    }
    clear(this.tbody);
    if (events.length === 0) {
      this.tbody.appendChild(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'No events match these filters.')));
      return;
    }
    for (const e of events) {
      const place = e.event_loc?.resolved_place ?? e.event_loc?.extracted_place ?? '';
      const cc = e.event_loc?.country_code ? ` (${e.event_loc.country_code})` : '';
      const type = el('span', { class: 'type-badge' }, e.event);
      type.style.setProperty('--c', typeColor(e.event));
      const tr = el(
        'tr',
        { 'data-id': e.id, tabindex: 0, class: e.reality !== 'asserted' ? 'unreal' : null },
        el('td', { class: 'nowrap' }, e.date ?? '—'),
        el('td', {}, type, e.mode ? el('small', {}, ` ${e.mode}`) : null),
        el('td', {}, e.actor?.entity_name ?? e.actor?.entity_text ?? '—'),
        el('td', {}, e.recipient?.entity_name ?? e.recipient?.entity_text ?? '—'),
        el('td', {}, place + cc || '—'),
        el('td', { class: 'num' }, e.size?.dead ? String(e.size.dead.value) : ''),
        el('td', { class: 'num' }, e.confidence.toFixed(2)),
        el('td', { class: 'sentence' }, e.text_info?.sentence ?? e.event_text ?? ''),
      );
      tr.addEventListener('click', () => this.onOpen(e.id));
      tr.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter') this.onOpen(e.id);
      });
      this.tbody.appendChild(tr);
    }
  }
}
