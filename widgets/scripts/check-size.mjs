// Brotli sizes of the CDN build against the budgets in widgets/README.md: the loader and each self-contained
// element file (what the loader imports for an element alone on a page), then, for information, what a page with
// several kinds loads (modules and shared chunks); rows without a budget say `info`. Exits 1 when one is over its budget, missing or empty, or when
// the loader does not load an element of src/ (see cdn-graph.mjs).
import { sizeReport } from './cdn-graph.mjs';

const rows = sizeReport();
for (const { label, files, raw, brotli, budget, problem } of rows)
  console.log(
    `${problem ? 'FAIL' : budget === null ? 'info' : 'ok  '} ${label.padEnd(52)} ${String(files).padStart(2)} file${files === 1 ? ' ' : 's'} ${(raw / 1024).toFixed(1).padStart(6)} KB raw ${(brotli / 1024).toFixed(2).padStart(6)} KB brotli ${budget === null ? '' : `(budget ${budget / 1024} KB)`}${problem ? `: ${problem}` : ''}`,
  );
if (rows.some((row) => row.problem)) {
  console.error('Size check failed: a CDN file is missing, empty or over its budget (run npm run build --workspace widgets first).');
  process.exit(1);
}
