/** One JSON array of event records, written element by element so it can stream. */
import type { EventRecord } from '../types.js';
import { chunked } from './csv.js';

export function* json(events: Iterable<EventRecord>): Generator<string> {
  yield* chunked(
    (function* () {
      yield '[';
      let first = true;
      for (const e of events) {
        yield (first ? '\n' : ',\n') + JSON.stringify(e);
        first = false;
      }
      yield first ? ']\n' : '\n]\n';
    })(),
  );
}
