// Builds of @kumppani/widgets (see widgets/README.md):
//  - widgets/dist/          npm ESM, one module per source file, lit, @lit/task and zod external, source maps;
//                           the contract is bundled from its TS source so consumers need no plugin package.
//  - widgets/dist/cdn/      self-contained minified modules: kumppani.js (all elements) and one per element.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('./widgets/', import.meta.url));
const elements = readdirSync(`${widgets}src`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

// `source` first: the contract resolves to its TypeScript source, so zod/mini tree-shakes into our bundle.
// The contract's modules import each other without extensions, hence '.ts' in `extensions`.
const resolve = () => nodeResolve({ exportConditions: ['source', 'browser', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] });
const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: `${widgets}tsconfig.json`, include: /\.[mc]?[jt]s$/, exclude: /node_modules\/(?!@kumppani)/ });

// The contract package declares no `sideEffects`; its modules only build schemas, so a module whose
// exports are unused (the query schemas) can be dropped.
const treeshake = { moduleSideEffects: (id) => !/[\\/]contract[\\/]src[\\/]/.test(id) };

/**
 * Rollup cannot prove that zod/mini's schema constructors are free of side effects, so every response
 * schema of the contract (events, posts, ...) would stay in every bundle. The contract only builds schemas
 * at module level, so its calls are marked pure: unused schemas are then dropped.
 */
const contractIsPure = () => ({
  name: 'kumppani-contract-is-pure',
  transform(code, id) {
    if (!/[\\/]contract[\\/]src[\\/][^\\/]+\.ts$/.test(id)) return null;
    return {
      code: code.replace(/(?<![\w.$])((?:z(?:\.\w+)+|listResponse|detailResponse|listOf|oneOf|wholeNumber)\()/g, '/*#__PURE__*/ $1'),
      map: null,
    };
  },
});

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
    plugins: [resolve(), contractIsPure(), typescript()],
    treeshake,
    output: {
      dir: `${widgets}dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${widgets}src`,
      entryFileNames: (chunk) => {
        const contractFile = chunk.facadeModuleId?.match(/[\\/]contract[\\/]src[\\/]([^\\/]+)\.ts$/);
        return contractFile ? `contract/${contractFile[1]}.js` : '[name].js';
      },
    },
  },
  ...['kumppani', ...elements].map((name) => ({
    input: name === 'kumppani' ? `${widgets}src/index.ts` : `${widgets}src/${name}/${name}.ts`,
    plugins: [resolve(), contractIsPure(), minifyTemplates(), typescript()],
    treeshake,
    output: {
      file: `${widgets}dist/cdn/${name}.js`,
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
    },
  })),
];
