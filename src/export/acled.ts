/**
 * ACLED-style CSV: ACLED's column names and conventions, for events ACLED would record
 * (records whose `acled` is null are skipped). Filled from the record:
 * - event_date YYYY-MM-DD, year, time_precision 1 day / 2 week / 3 month or coarser;
 * - disorder_type from the event and sub-event type (Political violence, Demonstrations,
 *   "Political violence; Demonstrations" for excessive force against protesters, Strategic
 *   developments);
 * - actor1/actor2 the coded actors' names; inter1/inter2 ACLED's actor classes from the PLOVER
 *   sector (1 state forces, 2 rebels, 3 political militias / unidentified armed groups and
 *   gangs, 5 rioters, 6 protesters, 7 civilians, 8 external forces such as another country's
 *   state or an IGO); interaction the two classes, smaller first (inter1 × 10 with no actor2);
 * - civilian_targeting when the target is civilians in a violent event;
 * - iso (ISO 3166 numeric), region (ACLED's regions, mapped from the UN sub-region), country,
 *   admin1 (province), location, latitude/longitude, geo_precision 1 town / 2 province /
 *   3 country;
 * - source, notes (the sentence), fatalities (0 when none reported, as ACLED does), tags
 *   (crowd size for demonstrations). admin2, admin3, assoc actors, source_scale and timestamp
 *   are left empty: Tulip does not know them.
 * event_id_cnty is the ISO alpha-3 country code followed by Tulip's event id.
 */
import { createRequire } from 'node:module';
import { STATE_SECTORS, type EventActor, type EventRecord } from '../types.js';
import { chunked, csvRow } from './csv.js';
import { countryByIso2 } from '../recognise/places/countries.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

interface CountryFacts {
  iso3: string;
  numeric: number | null;
  region: string;
  name: string;
}

let countries: Map<string, CountryFacts> | null = null;

// ACLED's regions from the UN sub-regions world-countries gives; exceptions by alpha-2 below.
const REGION_BY_SUBREGION: Record<string, string> = {
  'Central Asia': 'Caucasus and Central Asia',
  'Western Asia': 'Middle East',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Eastern Africa': 'Eastern Africa',
  'Middle Africa': 'Middle Africa',
  'Northern Africa': 'Northern Africa',
  'Southern Africa': 'Southern Africa',
  'Western Africa': 'Western Africa',
  'South America': 'South America',
  'Central America': 'Central America',
  Caribbean: 'Caribbean',
  'North America': 'North America',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
};
const REGION_BY_COUNTRY: Record<string, string> = {
  AM: 'Caucasus and Central Asia',
  AZ: 'Caucasus and Central Asia',
  GE: 'Caucasus and Central Asia',
  IR: 'Middle East',
  CY: 'Europe',
  MX: 'Central America',
  SD: 'Northern Africa',
  SS: 'Eastern Africa',
};

function countryFacts(cc: string | null): CountryFacts | null {
  if (!cc) return null;
  if (!countries) {
    const list = createRequire(import.meta.url)('world-countries') as Array<{
      cca2: string;
      cca3: string;
      ccn3?: string;
      region?: string;
      subregion?: string;
      name: { common: string };
    }>;
    countries = new Map();
    for (const c of list) {
      const region = REGION_BY_COUNTRY[c.cca2] ?? REGION_BY_SUBREGION[c.subregion ?? ''] ?? (c.region === 'Europe' ? 'Europe' : (c.region ?? ''));
      // (the same three-letter code as our actors': Kosovo's is XKX, see recognise/places/countries.ts)
      countries.set(c.cca2, { iso3: countryByIso2(c.cca2)?.iso3 ?? c.cca3, numeric: c.ccn3 ? Number(c.ccn3) : null, region, name: c.name.common });
    }
  }
  return countries.get(cc.toUpperCase()) ?? null;
}

const CIVILIAN = new Set(['CVL', 'JRN', 'MED', 'REF', 'EDU', 'LAB', 'REL', 'AGR', 'BUS', 'SOC', 'ELI', 'PRO', 'OPP', 'PTY', 'NGO']);
const IGO = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'AFR', 'NAT', 'OSC', 'IMG', 'MNC']);

/** ACLED actor class (inter code) of an actor in an event of the given ACLED type. */
export function interCode(a: EventActor | null, eventType: string, subType: string, iso3: string | null, role: 1 | 2): number | null {
  if (!a) return null;
  const sector = a.sector ?? '';
  if (a.code && IGO.has(a.code)) return 8;
  if (STATE_SECTORS.has(sector)) return a.code && iso3 && a.code !== iso3 ? 8 : 1;
  if (sector === 'REB') return 2;
  if (sector === 'UAF' || sector === 'CRM') return 3;
  // people in the street: their class depends on what the event is
  if (eventType === 'Riots' && role === 1) return 5;
  if (eventType === 'Protests' || (eventType === 'Riots' && role === 2 && subType === 'Violent demonstration')) return 6;
  if (CIVILIAN.has(sector)) return 7;
  return 7;
}

function disorderType(type: string, sub: string): string {
  if (type === 'Protests') return sub === 'Excessive force against protesters' ? 'Political violence; Demonstrations' : 'Demonstrations';
  if (type === 'Riots') return sub === 'Mob violence' ? 'Political violence' : 'Demonstrations';
  if (type === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3, year: 3 };
const GEO_PRECISION: Record<string, number> = { city: 1, admin1: 2, country: 3 };

export function toAcledRow(e: EventRecord): Array<string | number | null> | null {
  if (!e.acled) return null;
  const { event_type: type, sub_event_type: sub } = e.acled;
  const l = e.event_loc;
  const facts = countryFacts(l?.country_code ?? null);
  const iso3 = facts?.iso3 ?? null;
  const inter1 = interCode(e.actor, type, sub, iso3, 1);
  const inter2 = interCode(e.recipient, type, sub, iso3, 2);
  const interaction = inter1 === null ? (inter2 === null ? null : inter2 * 10) : inter2 === null ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  const violent = type === 'Violence against civilians' || type === 'Explosions/Remote violence' || sub === 'Excessive force against protesters';
  const civilianTargeting = (type === 'Violence against civilians' || (violent && inter2 === 7)) ? 'Civilian targeting' : null;
  const demo = type === 'Protests' || type === 'Riots';
  const crowd = e.size?.crowd;
  const row: Record<(typeof ACLED_COLUMNS)[number], string | number | null> = {
    event_id_cnty: `${iso3 ?? 'XXX'}${e.id}`,
    event_date: e.date,
    year: e.date ? Number(e.date.slice(0, 4)) : null,
    time_precision: e.date_precision ? TIME_PRECISION[e.date_precision] : null,
    disorder_type: disorderType(type, sub),
    event_type: type,
    sub_event_type: sub,
    actor1: e.actor?.entity_name ?? null,
    assoc_actor_1: null,
    inter1,
    actor2: e.recipient?.entity_name ?? null,
    assoc_actor_2: null,
    inter2,
    interaction,
    civilian_targeting: civilianTargeting,
    iso: facts?.numeric ?? null,
    region: facts?.region ?? null,
    country: l?.country ?? facts?.name ?? null,
    admin1: l?.province ?? null,
    admin2: null,
    admin3: null,
    location: l?.resolved_place ?? l?.extracted_place ?? null,
    latitude: l?.lat ?? null,
    longitude: l?.lon ?? null,
    geo_precision: l?.resolution ? GEO_PRECISION[l.resolution] : null,
    source: e.article?.source ?? null,
    source_scale: null,
    notes: e.text_info?.sentence ?? null,
    fatalities: e.size?.dead?.value ?? 0,
    tags: demo ? (crowd ? `crowd size=${crowd.approximate ? 'around ' : ''}${crowd.value}` : 'crowd size=no report') : null,
    timestamp: null,
  };
  return ACLED_COLUMNS.map((c) => row[c]);
}

export function* acled(events: Iterable<EventRecord>): Generator<string> {
  yield* chunked(
    (function* () {
      yield csvRow(ACLED_COLUMNS);
      for (const e of events) {
        const row = toAcledRow(e);
        if (row) yield csvRow(row);
      }
    })(),
  );
}
