// Brotli sizes of the CDN build against the budgets in widgets/README.md: the loader, each element through the
// loader (its module and every chunk it imports, transitively) and each self-contained element file. Exits 1 when
// one is over, missing or empty, or when the loader does not load an element of src/ (see cdn-graph.mjs).
import { sizeReport } from './cdn-graph.mjs';

const rows = sizeReport();
for (const { label, files, raw, brotli, budget, problem } of rows)
  console.log(
    `${problem ? 'FAIL' : 'ok  '} ${label.padEnd(42)} ${String(files).padStart(2)} file${files === 1 ? ' ' : 's'} ${(raw / 1024).toFixed(1).padStart(6)} KB raw ${(brotli / 1024).toFixed(2).padStart(6)} KB brotli (budget ${budget / 1024} KB)${problem ? `: ${problem}` : ''}`,
  );
if (rows.some((row) => row.problem)) {
  console.error('Size check failed: a CDN file is missing, empty or over its budget (run npm run build --workspace widgets first).');
  process.exit(1);
}
