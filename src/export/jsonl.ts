/** JSON Lines: one event record a line, exactly as stored. */
import type { EventRecord } from '../types.js';
import { chunked } from './csv.js';

export function* jsonl(events: Iterable<EventRecord>): Generator<string> {
  yield* chunked(
    (function* () {
      for (const e of events) yield JSON.stringify(e) + '\n';
    })(),
  );
}
