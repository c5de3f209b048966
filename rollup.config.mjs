// Builds of @kumppani/widgets (see widgets/README.md):
//  - widgets/dist/          npm ESM, one module per source file, lit and @lit/task external, source maps;
//                           the contract's modules are bundled from its TS source (dist/contract/src/), so the
//                           JavaScript needs no other package.
//  The elements import constants from the contract, not its zod schemas: they check responses against plain-data
//  shapes that widgets/scripts/shapes.mjs generates from those schemas at build time (`shapesRollupPlugin`), so no
//  zod reaches a widget file. Were a schema imported, only it would stay: the contract has `sideEffects: false` and
//  builds each schema in a call annotated pure.
//  - widgets/dist/cdn/      minified modules for a page's <script type="module">:
//      kumppani.js            the loader (src/loader.ts): imports an element's module when its tag appears;
//      chunks/*-<hash>.js     what it imports: one module per element and the code they share (Lit, shared/), in
//                             chunks named by a hash of their content, so two elements on a page load Lit once;
//      <element>.js           one element, self-contained (hosts load these directly, or copy one file).
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

const terserPlugin = () => terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });

/**
 * The loader's entry, generated: src/loader.ts with a dynamic import per element folder. Rollup turns each
 * import() into a chunk of its own and the code they share into shared chunks, and writes the chunks' hashed
 * names into the loader, relative to it: the browser resolves them against the loader's URL.
 */
const LOADER_ENTRY = 'virtual:kumppani-loader';
const loaderEntry = () => ({
  name: 'kumppani-loader-entry',
  resolveId: (id) => (id === LOADER_ENTRY ? id : null),
  load(id) {
    if (id !== LOADER_ENTRY) return null;
    const imports = elements.map(
      (name) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify(`${widgets}src/${name}/${name}.ts`)}),`,
    );
    return [
      `import { autoload } from ${JSON.stringify(`${widgets}src/loader.ts`)};`,
      `export const discover = autoload({\n${imports.join('\n')}\n}, import.meta.url);`,
    ].join('\n');
  },
});

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
  {
    input: { kumppani: LOADER_ENTRY },
    plugins: [loaderEntry(), shapesRollupPlugin({ oneModulePerShape: true }), resolve(), minifyTemplates(), typescript()],
    output: {
      dir: `${widgets}dist/cdn`,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // [hash] is of the chunk's final content (after terser), so a name never changes meaning: the CMS serves
      // chunks as immutable. Hex keeps the names within the CMS's pattern for bundle files.
      chunkFileNames: 'chunks/[name]-[hash].js',
      hashCharacters: 'hex',
      plugins: [terserPlugin()],
    },
  },
  ...elements.map((name) => ({
    input: `${widgets}src/${name}/${name}.ts`,
    plugins: [shapesRollupPlugin(), resolve(), minifyTemplates(), typescript()],
    // What the element's file and the builders' chunk both use stays in the element's file, which exports it to
    // the chunk (strict signatures would move it into a third file and leave the element's a facade).
    preserveEntrySignatures: 'allow-extension',
    // One file with everything the element needs to show itself; its structured data's builders, imported
    // after the first render (shared/structured-data-script.ts), come as a chunk beside the loader's.
    output: {
      dir: `${widgets}dist/cdn`,
      format: 'es',
      sourcemap: true,
      entryFileNames: `${name}.js`,
      chunkFileNames: 'chunks/[name]-[hash].js',
      hashCharacters: 'hex',
      plugins: [terserPlugin()],
    },
  })),
];
