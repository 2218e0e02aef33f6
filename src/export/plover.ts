/**
 * PLOVER's own JSON record, one a line (PLOVER files are JSONL), fields named as the PLOVER
 * specification names them (manual draft 2.0):
 *
 *   id, has_event, date, time, enddate, endtime, actor, recipient, event, event_loc,
 *   event_text, quad_code, event_scale, mode, context, size, link, text, text_info, cite_info,
 *   coder, coded_date, coded_time, comment
 *
 * Choices where Tulip's record and PLOVER differ:
 * - entities carry PLOVER's entity fields (code, sector, entity_text, identifier_id,
 *   identifier_text, religion, ethnicity, office, gender, age); Tulip's canonical name goes to
 *   identifier_text; the character offsets are kept as extra `start`/`end` fields (provenance).
 * - `size` holds PLOVER's dead/injured/arrested as numbers (the "how many" group of the spec).
 * - `event_loc.resolution` uses PLOVER's numbers (4 city, 2 province, 1 country); `city` is
 *   filled for city-level places; feature_class/feature_code follow GeoNames (P/PPL, A/ADM1,
 *   A/PCLI).
 * - `mode` and `context` are PLOVER's; `context` is written as a list.
 * - `text` is the sentence the event was coded from; `link` the article URL; `cite_info` the
 *   article's id, title, source and publication date; `coder` is "tulip".
 * - `date` is the event date (YYYY-MM-DD); time/enddate/endtime are null (not extracted).
 */
import type { EventActor, EventRecord } from '../types.js';
import { chunked } from './csv.js';

function entity(a: EventActor | null) {
  if (!a) return null;
  return {
    code: a.code,
    sector: a.sector,
    entity_text: a.entity_text,
    identifier_id: a.cameo_code,
    identifier_text: a.entity_name,
    religion: null,
    ethnicity: null,
    office: null,
    gender: null,
    age: null,
    start: a.start,
    end: a.end,
  };
}

const RESOLUTION: Record<string, number> = { city: 4, admin1: 2, country: 1 };
const FEATURE: Record<string, [string, string]> = { city: ['P', 'PPL'], admin1: ['A', 'ADM1'], country: ['A', 'PCLI'] };

export function toPlover(e: EventRecord) {
  const l = e.event_loc;
  const res = l?.resolution ?? null;
  return {
    id: e.id,
    has_event: e.reality === 'asserted',
    date: e.date,
    time: null,
    enddate: null,
    endtime: null,
    actor: entity(e.actor),
    recipient: entity(e.recipient),
    event: e.event,
    event_loc: {
      extracted_place: l?.extracted_place ?? null,
      resolved_place: l?.resolved_place ?? null,
      geonameid: l?.geonameid ?? null,
      lat: l?.lat ?? null,
      lon: l?.lon ?? null,
      city: res === 'city' ? (l?.resolved_place ?? null) : null,
      district: null,
      province: l?.province ?? null,
      country: l?.country ?? null,
      country_code: l?.country_code ?? null,
      feature_class: res ? FEATURE[res][0] : null,
      feature_code: res ? FEATURE[res][1] : null,
      resolution: res ? RESOLUTION[res] : null,
    },
    event_text: e.event_text,
    quad_code: e.quad_code,
    event_scale: e.event_scale,
    mode: e.mode,
    context: e.context ?? [],
    size: {
      dead: e.size?.dead?.value ?? null,
      injured: e.size?.injured?.value ?? null,
      arrested: e.size?.arrested?.value ?? null,
    },
    link: e.article?.url ?? null,
    text: e.text_info?.sentence ?? null,
    text_info: e.text_info,
    cite_info: {
      article_id: e.article?.id ?? null,
      title: e.article?.title ?? null,
      source: e.article?.source ?? null,
      published: e.article?.published ?? null,
    },
    coder: 'tulip',
    coded_date: null,
    coded_time: null,
    comment: null,
  };
}

export function* plover(events: Iterable<EventRecord>): Generator<string> {
  yield* chunked(
    (function* () {
      for (const e of events) yield JSON.stringify(toPlover(e)) + '\n';
    })(),
  );
}
