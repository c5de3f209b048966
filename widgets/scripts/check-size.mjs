// Brotli sizes of the CDN files against the budgets in DESIGN.md; exits 1 when one is over.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const BUNDLE_BUDGET = 25 * 1024;
const ELEMENT_BUDGET = 15 * 1024;
const cdn = new URL('../dist/cdn/', import.meta.url);

let failed = false;
for (const file of readdirSync(cdn).filter((name) => name.endsWith('.js')).sort()) {
  const raw = readFileSync(new URL(file, cdn));
  const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = file === 'kumppani.js' ? BUNDLE_BUDGET : ELEMENT_BUDGET;
  const over = brotli > budget;
  failed ||= over;
  console.log(`${over ? 'OVER' : 'ok  '} ${file.padEnd(24)} ${(raw.length / 1024).toFixed(1).padStart(6)} KB raw ${(brotli / 1024).toFixed(2).padStart(6)} KB brotli (budget ${budget / 1024} KB)`);
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
