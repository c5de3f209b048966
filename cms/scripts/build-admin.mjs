// Bundles the plugin's admin (cms/admin/src) to dist/admin as ESM for the host app's admin build, which
// supplies React, the router, @strapi/* and the design system: every package import stays external except
// @kumppani/contract, which is bundled in (it is not on npm).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { externalPackagesExceptBundled } from './bundled-packages.mjs';

const cms = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${cms}dist/admin`, { recursive: true, force: true });
await build({
  entryPoints: { index: `${cms}admin/src/index.ts` },
  outdir: `${cms}dist/admin`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  conditions: ['source'],
  plugins: [externalPackagesExceptBundled],
  sourcemap: true,
  logLevel: 'warning',
});
