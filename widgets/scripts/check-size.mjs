// Brotli sizes of the CDN files against the budgets in widgets/README.md; exits 1 when one is over, missing or empty.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const BUNDLE_BUDGET = 25 * 1024;
const ELEMENT_BUDGET = 15 * 1024;
const MINIMUM_SIZE = 1024;
const cdn = new URL('../dist/cdn/', import.meta.url);
const src = new URL('../src/', import.meta.url);

// The files the build must give: the bundle and one per element, where rollup.config.mjs finds the elements
// (every folder of src/ but shared/). Listing only what is in dist/cdn/ would pass on an empty folder.
const elements = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => `${entry.name}.js`);
const expected = ['kumppani.js', ...elements];
const present = existsSync(cdn) ? readdirSync(cdn).filter((name) => name.endsWith('.js')) : [];

let failed = false;
for (const file of expected.filter((name) => !present.includes(name))) {
  failed = true;
  console.log(`MISSING ${file} (run npm run build --workspace widgets)`);
}
for (const file of present.sort()) {
  const raw = readFileSync(new URL(file, cdn));
  const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = file === 'kumppani.js' ? BUNDLE_BUDGET : ELEMENT_BUDGET;
  const over = brotli > budget;
  // Every real file holds Lit and an element (40 KB and more): a tiny one is a build that wrote nothing.
  const tiny = raw.length < MINIMUM_SIZE;
  failed ||= over || tiny;
  console.log(
    `${over ? 'OVER' : tiny ? 'TINY' : 'ok  '} ${file.padEnd(24)} ${(raw.length / 1024).toFixed(1).padStart(6)} KB raw ${(brotli / 1024).toFixed(2).padStart(6)} KB brotli (budget ${budget / 1024} KB)`,
  );
}
if (failed) {
  console.error('Size check failed: a CDN file is missing, empty or over its budget.');
  process.exit(1);
}
