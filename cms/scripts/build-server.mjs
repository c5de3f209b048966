// Bundles the plugin's server (cms/server/src) to dist/server/index.js as CommonJS, which strapi-server.js
// loads. @kumppani/contract is bundled in; npm packages stay `require`s of the plugin's dependencies.
// Types are checked separately (`npm run typecheck`: tsc --noEmit).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { externalPackagesExceptBundled } from './bundled-packages.mjs';

const cms = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${cms}dist/server`, { recursive: true, force: true });
await build({
  entryPoints: [`${cms}server/src/index.ts`],
  outfile: `${cms}dist/server/index.js`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The contract's TypeScript source (its `source` export condition), so it is tree-shaken like our own code.
  conditions: ['source'],
  plugins: [externalPackagesExceptBundled],
  // Bundling renames clashing top-level names; error classes and functions keep theirs for logs and stacks.
  keepNames: true,
  sourcemap: true,
  logLevel: 'warning',
});
