// Builds of @kumppani/widgets (see widgets/README.md):
//  - widgets/dist/          npm ESM, one module per source file, lit and @lit/task external, source maps;
//                           the contract's modules are bundled from its TS source (dist/contract/src/), so the
//                           JavaScript needs no other package.
//  The elements import constants from the contract, not its zod schemas: they check responses against plain-data
//  shapes that widgets/scripts/shapes.mjs generates from those schemas at build time (`shapesRollupPlugin`), so no
//  zod reaches a widget file. Were a schema imported, only it would stay: the contract has `sideEffects: false` and
//  builds each schema in a call annotated pure.
//  - widgets/dist/cdn/      self-contained minified modules: kumppani.js (all elements) and one per element.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shapesRollupPlugin } from './widgets/scripts/shapes.mjs';

const widgets = fileURLToPath(new URL('./widgets/', import.meta.url));
const elements = readdirSync(`${widgets}src`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

// `source` first: the contract resolves to its TypeScript source, so only the constants we use are bundled.
// The contract's modules import each other without extensions, hence '.ts' in `extensions`.
const resolve = () => nodeResolve({ exportConditions: ['source', 'browser', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] });
const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: `${widgets}tsconfig.json`, include: /\.[mc]?[jt]s$/, exclude: /node_modules\/(?!@kumppani)/ });

/**
 * The html`` and css`` templates of our own sources, minified by the Lit team's plugin (html-minifier-next
 * and lightningcss): terser leaves template literals alone. Empty attributes stay (an empty alt is meaningful),
 * and a run of white space keeps one space: a template such as html` · ${name}` is inline text.
 */
const minifyTemplates = () =>
  minifyHtmlLiterals({
    include: [`${widgets}src/**/*.ts`],
    failOnError: true,
    options: { minifyOptions: { removeEmptyAttributes: false, conservativeCollapse: true } },
  });

const isExternalForNpm = (id) => /^(lit|@lit\/[^/]+|zod)(\/|$)/.test(id);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: `${widgets}src/index.ts`,
      ...Object.fromEntries(elements.map((name) => [`${name}/${name}`, `${widgets}src/${name}/${name}.ts`])),
    },
    external: isExternalForNpm,
    plugins: [shapesRollupPlugin(), resolve(), typescript()],
    output: {
      dir: `${widgets}dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${widgets}src`,
    },
  },
  ...['kumppani', ...elements].map((name) => ({
    input: name === 'kumppani' ? `${widgets}src/index.ts` : `${widgets}src/${name}/${name}.ts`,
    plugins: [shapesRollupPlugin(), resolve(), minifyTemplates(), typescript()],
    output: {
      file: `${widgets}dist/cdn/${name}.js`,
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
    },
  })),
];
