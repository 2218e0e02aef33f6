/** The event table: one page at a time (cursor paging), sortable within the page. */
import type { EventRecord } from '../../src/types.js';
import { el, clear } from './dom.js';
import { typeColor } from './colors.js';

type SortKey = 'date' | 'type' | 'dead' | 'confidence';

export class EventTable {
  private events: EventRecord[] = [];
  private sort: { key: SortKey; desc: boolean } = { key: 'date', desc: true };
  private readonly tbody: HTMLTableSectionElement;
  private readonly headers = new Map<SortKey, HTMLButtonElement>();

  constructor(
    host: HTMLTableElement,
    private readonly onOpen: (id: string) => void,
  ) {
    const head = el('thead');
    const row = el('tr');
    const cols: Array<[string, SortKey | null]> = [
      ['Date', 'date'],
      ['Type', 'type'],
      ['Who', null],
      ['To whom', null],
      ['Where', null],
      ['Dead', 'dead'],
      ['Conf.', 'confidence'],
      ['Sentence', null],
    ];
    for (const [label, key] of cols) {
      if (!key) {
        row.appendChild(el('th', { scope: 'col' }, label));
        continue;
      }
      const b = el('button', { type: 'button', class: 'sort', 'data-key': key }, label);
      b.addEventListener('click', () => {
        this.sort = { key, desc: this.sort.key === key ? !this.sort.desc : true };
        this.render();
      });
      this.headers.set(key, b);
      row.appendChild(el('th', { scope: 'col' }, b));
    }
    head.appendChild(row);
    this.tbody = el('tbody');
    clear(host);
    host.append(head, this.tbody);
  }

  set(events: EventRecord[]): void {
    this.events = events;
    this.render();
  }

  private value(e: EventRecord): string | number {
    switch (this.sort.key) {
      case 'date':
        return `${e.date ?? ''} ${e.id}`;
      case 'type':
        return e.event;
      case 'dead':
        return e.size?.dead?.value ?? -1;
      case 'confidence':
        return e.confidence;
    }
  }

  private render(): void {
    const sorted = [...this.events].sort((a, b) => {
      const va = this.value(a);
      const vb = this.value(b);
      const c = va < vb ? -1 : va > vb ? 1 : 0;
      return this.sort.desc ? -c : c;
    });
    for (const [key, b] of this.headers) {
      b.dataset.active = key === this.sort.key ? (this.sort.desc ? 'desc' : 'asc') : '';
    }
    clear(this.tbody);
    if (sorted.length === 0) {
      this.tbody.appendChild(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'No events match these filters.')));
      return;
    }
    for (const e of sorted) {
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
