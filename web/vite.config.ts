import { defineConfig, type Plugin } from 'vite';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * `virtual:countries`: ISO numeric -> alpha-2 and alpha-2 -> name, computed at build time from
 * world-countries so the bundle carries a few kilobytes instead of the whole data set.
 */
function countries(): Plugin {
  const id = 'virtual:countries';
  const resolved = '\0' + id;
  return {
    name: 'tulip-countries',
    resolveId(source) {
      return source === id ? resolved : null;
    },
    load(source) {
      if (source !== resolved) return null;
      const all = require('world-countries') as Array<{ cca2: string; ccn3: string; name: { common: string } }>;
      const numericToIso2: Record<string, string> = {};
      const names: Record<string, string> = {};
      for (const c of all) {
        if (c.ccn3) numericToIso2[c.ccn3] = c.cca2;
        names[c.cca2] = c.name.common;
      }
      return `export const numericToIso2 = ${JSON.stringify(numericToIso2)};\nexport const names = ${JSON.stringify(names)};\n`;
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  plugins: [countries()],
  build: {
    outDir: path.resolve(here, '../dist-web'),
    emptyOutDir: true,
    // no data: URIs, no inline anything: the CSP allows 'self' only
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
