/** Hex SHA-1 of a string, for stable ids. */
import * as crypto from 'node:crypto';

/** crypto.hash (Node >= 20.12) digests in one call, without a Hash object and its stream
 * machinery for every event id; older Node falls back to createHash. Same digest either way. */
export const sha1Hex: (s: string) => string =
  typeof crypto.hash === 'function' ? (s) => crypto.hash('sha1', s, 'hex') : (s) => crypto.createHash('sha1').update(s).digest('hex');
