/**
 * Name folding shared by the gazetteer build and the recogniser: accents stripped, case
 * folded, hyphens/apostrophes/dots dropped ("Jalal-Abad" = "Jalalabad", "N'Djamena" =
 * "Ndjamena"), other punctuation turned into a single space.
 */

const SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'o', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', æ: 'ae', Æ: 'ae',
  œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h',
};

const JOINERS = new Set(["'", '’', '‘', '`', 'ʻ', 'ʼ', '-', '‐', '‑', '–', '.']);

/** Is this character dropped without leaving a space (hyphen, apostrophe, dot)? */
export function isJoiner(s: string): boolean {
  return s.length === 1 && JOINERS.has(s);
}

/** Fold a name or a token to its matching key. */
export function fold(s: string): string {
  // fast path: plain ASCII letters/spaces only
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) { ascii = false; break; }
  }
  const src = ascii ? s : s.normalize('NFKD');
  let out = '';
  let space = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    const c = src.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (space && out.length) out += ' ';
      space = false;
      out += ch;
    } else if (c >= 65 && c <= 90) {
      if (space && out.length) out += ' ';
      space = false;
      out += String.fromCharCode(c + 32);
    } else if (c >= 0x300 && c <= 0x36f) {
      // combining mark: dropped
    } else if (JOINERS.has(ch)) {
      // dropped without a space
    } else if (c > 127) {
      const sp = SPECIAL[ch];
      if (sp !== undefined) {
        if (space && out.length) out += ' ';
        space = false;
        out += sp;
      } else if (/\p{L}/u.test(ch)) {
        if (space && out.length) out += ' ';
        space = false;
        out += ch.toLowerCase();
      } else space = true;
    } else space = true;
  }
  return out;
}

/** fold() memoised over token texts: tokens repeat, and the cached strings are flat (fast Map keys) */
const foldCache = new Map<string, string>();
export const HYPHENS = /[-‐‑]/;
const HYPHENS_G = /[-‐‑]/g;
export function foldToken(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    // hyphens separate words here: "Al-Bayda" = "Al Bayda" (the build keys hyphenated names
    // both ways, so "Jalal-Abad" still finds "Jalalabad")
    f = flat(fold(HYPHENS.test(s) ? s.replace(HYPHENS_G, ' ') : s));
    foldCache.set(s, f);
  }
  return f;
}

/** a flat copy of a string built by concatenation (V8 hashes flat strings once) */
export function flat(s: string): string {
  return s.length > 12 ? (' ' + s).slice(1) : s;
}
