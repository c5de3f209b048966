/**
 * Generates src/shared/shapes.js, the shapes (src/shared/shape.ts) of the list and detail responses the elements load,
 * from the contract's zod schemas of the same names, so a response field is written once: in the contract.
 * The file is never written to disk: the rollup build (`shapesRollupPlugin`, rollup.config.mjs) and the
 * test runner (`shapesTestRunnerPlugin`, web-test-runner.config.mjs) serve it in place of the missing
 * source, and src/shared/shapes.d.ts gives each shape the contract's type for the compiler.
 *
 * The contract and the converter (src/shared/shape-of.ts) are read from their TypeScript source, bundled
 * by esbuild and run here in Node, so the shapes follow the same source the widgets import.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WIDGETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHAPES_PATH = resolve(WIDGETS_DIR, 'src/shared/shapes.js');

/** The declarations of the shapes, with their types: the contract's schemas of these names are generated. */
const DECLARATIONS_PATH = resolve(WIDGETS_DIR, 'src/shared/shapes.d.ts');

/** The module's code, and the source files it was made from (for a watching build). */
export async function generateShapes() {
  const names = [...readFileSync(DECLARATIONS_PATH, 'utf8').matchAll(/^export declare const (\w+)/gm)].map(([, name]) => name);
  const result = await build({
    stdin: {
      contents: [
        "import * as contract from '@kumppani/contract';",
        "import { shapeOf, shapesModule } from './src/shared/shape-of.ts';",
        `export default shapesModule({ ${names.map((name) => `${name}: shapeOf(contract.${name})`).join(', ')} });`,
      ].join('\n'),
      resolveDir: WIDGETS_DIR,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    conditions: ['source'],
    logLevel: 'silent',
  });
  const bundle = Buffer.from(result.outputFiles[0].contents).toString('base64');
  const { default: code } = await import(`data:text/javascript;base64,${bundle}`);
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('<'));
  return { code, names, inputs: [DECLARATIONS_PATH, ...inputs.map((input) => resolve(input))] };
}

const ONE_SHAPE = '\0kumppani-shape:';

/**
 * Rollup: resolves `shapes.js` and loads the generated module.
 *
 * `oneModulePerShape`, for a build with shared chunks (the loader's): Rollup puts a whole module in the chunk of
 * every element that imports it, so shapes.js itself only re-exports, each shape from a module of its own (a copy
 * of the generated code that tree-shaking cuts to that shape), and each shape goes with the element that loads it.
 */
export const shapesRollupPlugin = ({ oneModulePerShape = false } = {}) => ({
  name: 'kumppani-shapes',
  resolveId(source, importer) {
    if (oneModulePerShape && source.startsWith(ONE_SHAPE)) return source;
    return importer && resolve(dirname(importer), source) === SHAPES_PATH ? SHAPES_PATH : null;
  },
  async load(id) {
    if (id !== SHAPES_PATH && !id.startsWith(ONE_SHAPE)) return null;
    const { code, names, inputs } = await generateShapes();
    for (const input of inputs) this.addWatchFile(input);
    if (!oneModulePerShape || id !== SHAPES_PATH) return code;
    return names.map((name) => `export { ${name} } from ${JSON.stringify(ONE_SHAPE + name)};`).join('\n');
  },
});

/** @web/test-runner (its dev server): serves the generated module at shapes.js's URL. */
export const shapesTestRunnerPlugin = () => {
  let url;
  return {
    name: 'kumppani-shapes',
    serverStart({ config }) {
      url = `/${relative(config.rootDir, SHAPES_PATH).split(sep).join('/')}`;
    },
    async serve(context) {
      if (context.path === url) return { body: (await generateShapes()).code, type: 'js' };
    },
  };
};
