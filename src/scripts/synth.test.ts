import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntheticEvents } from './synth.js';

test('synthetic events: exact count, stable, spans point at their text', () => {
  const items = [...syntheticEvents(500, 7)];
  const events = items.flatMap((i) => i.events);
  assert.equal(events.length, 500);
  const again = [...syntheticEvents(500, 7)].flatMap((i) => i.events.map((e) => e.id));
  assert.deepEqual(again, events.map((e) => e.id));
  assert.equal(new Set(again).size, 500, 'ids unique');
  const types = new Set(events.map((e) => e.event));
  const countries = new Set(events.map((e) => e.event_loc.country_code));
  assert.ok(types.size >= 12, `types ${types.size}`);
  assert.ok(countries.size >= 30, `countries ${countries.size}`);
  for (const { article, events: evs } of items) {
    const t = article.text;
    for (const e of evs) {
      assert.equal(e.article.id, article.id);
      assert.equal(t.slice(e.trigger.start, e.trigger.end), e.event_text);
      assert.equal(t.slice(e.text_info.start, e.text_info.end), e.text_info.sentence);
      if (e.actor) assert.equal(t.slice(e.actor.start, e.actor.end), e.actor.entity_text);
      if (e.recipient) assert.equal(t.slice(e.recipient.start, e.recipient.end), e.recipient.entity_text);
      const l = e.event_loc;
      assert.equal(t.slice(l.start!, l.end!), l.extracted_place);
      if (e.date_text) assert.equal(t.slice(e.date_start!, e.date_end!), e.date_text);
      for (const q of Object.values(e.size)) if (q) assert.equal(t.slice(q.start, q.end), q.text);
      if (e.attribution) assert.equal(t.slice(e.attribution.start, e.attribution.end), e.attribution.text);
      assert.match(e.date!, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(l.lat! >= -90 && l.lat! <= 90 && l.lon! >= -180 && l.lon! <= 180);
      assert.ok(e.confidence > 0 && e.confidence <= 1);
      assert.ok(e.quad_code >= 1 && e.quad_code <= 4);
    }
  }
});
