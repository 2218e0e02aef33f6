/** Validation of records against schema/event.schema.json (ajv, compiled once). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import type { EventRecord } from '../types.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schema/event.schema.json', import.meta.url));

// ajv ships CommonJS; under NodeNext its default export is the module object
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as unknown as new (o: object) => {
  compile: (s: object) => ((d: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
};
let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | null = null;

/** Errors of a record, or an empty list. Also checks that every span points at its text. */
export function validateRecord(rec: EventRecord, articleText?: string): string[] {
  if (!validator) validator = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  const errs: string[] = [];
  if (!validator(rec)) for (const e of validator.errors ?? []) errs.push(`${e.instancePath || '/'} ${e.message}`);
  if (articleText !== undefined) {
    const check = (name: string, s: { start: number | null; end: number | null } | null, text?: string | null) => {
      if (!s || s.start === null || s.end === null) return;
      if (!(s.start <= s.end && s.end <= articleText.length)) errs.push(`${name}: span ${s.start}-${s.end} outside the article`);
      else if (text != null && articleText.slice(s.start, s.end) !== text) errs.push(`${name}: span text differs from the article`);
    };
    check('trigger', rec.trigger, rec.trigger.text);
    for (const m of rec.mentions ?? []) check('mentions', m, m.text);
    check('actor', rec.actor, rec.actor?.entity_text);
    check('recipient', rec.recipient, rec.recipient?.entity_text);
    check('attribution', rec.attribution, rec.attribution?.text);
    check('object', rec.object ?? null, rec.object?.text);
    check('date', { start: rec.date_start, end: rec.date_end }, rec.date_text);
    check('event_loc', rec.event_loc, rec.event_loc.extracted_place);
    check('text_info', rec.text_info, rec.text_info.sentence);
    for (const k of ['dead', 'injured', 'arrested', 'crowd'] as const) {
      check(`size.${k}`, rec.size[k], rec.size[k]?.text);
      for (const p of rec.size[k]?.parts ?? []) {
        check(`size.${k}.parts`, p, p.text);
        check(`size.${k}.parts.who`, p.who, p.who?.text);
      }
    }
  }
  return errs;
}
