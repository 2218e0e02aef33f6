/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event that has
 * coordinates ([lon, lat], WGS 84); events without coordinates are left out. Properties are
 * the flat columns of the CSV export (numbers as numbers).
 */
import type { EventRecord } from '../types.js';
import { chunked, flatten } from './csv.js';

export function* geojson(events: Iterable<EventRecord>): Generator<string> {
  yield* chunked(
    (function* () {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for (const e of events) {
        const lat = e.event_loc?.lat;
        const lon = e.event_loc?.lon;
        if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
        const feature = { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: flatten(e) };
        yield (first ? '\n' : ',\n') + JSON.stringify(feature);
        first = false;
      }
      yield '\n]}\n';
    })(),
  );
}
