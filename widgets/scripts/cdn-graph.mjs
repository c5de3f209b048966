/**
 * The CDN build (dist/cdn) as a graph, read from the built files themselves: which module the loader
 * (kumppani.js) imports for each tag, and every file a module needs (its static imports, transitively), with
 * brotli sizes against the budgets of widgets/README.md. Used by check-size.mjs, the loader's browser test
 * (through web-test-runner.config.mjs) and bench/widgets.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

export const LOADER_FILE = 'kumppani.js';
export const LOADER_BUDGET = 2 * 1024;
export const ELEMENT_BUDGET = 15 * 1024;
export const CDN_DIR = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));

/** The elements, as rollup.config.mjs finds them: every folder of src/ but shared/, named as its tag. */
export function elementNames(srcDir = SRC_DIR) {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => entry.name)
    .sort();
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') walk(value, visit);
}

const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

export function readCdnGraph(cdnDir = CDN_DIR) {
  const parsed = new Map();
  /** A file of the build (a path relative to cdnDir, with /): its static imports and its import() calls. */
  const parse = (file) => {
    if (parsed.has(file)) return parsed.get(file);
    const absolute = path.join(cdnDir, file);
    if (!existsSync(absolute)) throw new Error(`${file} is missing from ${cdnDir} (run npm run build --workspace widgets)`);
    const code = readFileSync(absolute, 'utf8');
    if (!code.trim()) throw new Error(`${file} is empty`);
    const resolve = (specifier) => {
      if (!isRelative(specifier)) throw new Error(`${file} imports ${specifier}: a CDN file may only import files next to it`);
      return path.posix.join(path.posix.dirname(file), specifier);
    };
    const statics = [];
    /** import() calls with a literal specifier, keyed by the property they are the value of (the loader's tag map). */
    const dynamics = [];
    /** Every import() with a literal specifier: files fetched later, when the code asks for them. */
    const deferred = [];
    walk(parseAst(code), (node) => {
      if (node.type === 'ImportExpression' && node.source.type === 'Literal') deferred.push(resolve(node.source.value));
      if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && node.source)
        statics.push(resolve(node.source.value));
      if (node.type === 'Property' && node.value?.type === 'ArrowFunctionExpression' && node.value.body?.type === 'ImportExpression') {
        const source = node.value.body.source;
        const key = node.key.type === 'Literal' ? node.key.value : node.key.name;
        if (source.type === 'Literal') dynamics.push({ key, file: resolve(source.value) });
      }
    });
    const result = { size: Buffer.byteLength(code), brotli: brotliSize(code), statics, dynamics, deferred };
    parsed.set(file, result);
    return result;
  };

  /** `file` and every file it imports statically, transitively: what the browser fetches to run it. */
  const closure = (file) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      parse(name).statics.forEach(visit);
    };
    visit(file);
    return [...seen];
  };

  /** Tag → the module the loader imports for it. */
  const modules = () => new Map(parse(LOADER_FILE).dynamics.map(({ key, file }) => [key, file]));

  return { parse, closure, modules };
}

function brotliSize(code) {
  return brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * One row per budget: the loader (with anything it imports statically) and each self-contained element file,
 * which is what the loader imports for an element alone on a page. Then, measured without a budget, what the
 * loader imports on a page with several kinds: each element's module with the chunks it needs, each file
 * compressed on its own as the CMS serves them, and all of them together. `problem` says why a row fails
 * (missing, empty, not loaded, over budget).
 */
export function sizeReport({ cdnDir = CDN_DIR, elements = elementNames() } = {}) {
  const graph = readCdnGraph(cdnDir);
  const rows = [];
  const measure = (label, files, budget, problemIfTiny) => {
    try {
      const parts = files().map((file) => graph.parse(file));
      const raw = parts.reduce((sum, part) => sum + part.size, 0);
      const brotli = parts.reduce((sum, part) => sum + part.brotli, 0);
      const problem =
        budget !== null && brotli > budget ? 'over budget' : problemIfTiny && raw < 1024 ? 'tiny: a build that wrote nothing?' : null;
      rows.push({ label, files: parts.length, raw, brotli, budget, problem });
    } catch (error) {
      rows.push({ label, files: 0, raw: 0, brotli: 0, budget, problem: error.message });
    }
  };
  let modules = new Map();
  measure(`${LOADER_FILE} (loader)`, () => graph.closure(LOADER_FILE), LOADER_BUDGET, false);
  try {
    modules = graph.modules();
  } catch {
    // Reported in the loader's row.
  }
  // Everything the element needs to show itself: one file, which imports nothing before it runs.
  const selfContained = (tag) => {
    const files = graph.closure(`${tag}.js`);
    if (files.length > 1) throw new Error(`${tag}.js imports ${files.slice(1).join(', ')}: not self-contained`);
    return files;
  };
  for (const tag of elements) {
    measure(`${tag}.js (alone on a page)`, () => selfContained(tag), ELEMENT_BUDGET, true);
    // For information: what it imports after its first render (its JSON-LD builders, when it has something to
    // describe; <event-list>'s dates filter and subscription links, when it shows them).
    measure(
      `  + imported after the first render`,
      () => [...new Set(graph.parse(`${tag}.js`).deferred.flatMap((file) => graph.closure(file)))].filter((file) => file !== `${tag}.js`),
      null,
      false,
    );
  }
  const moduleOf = (tag) => {
    const module = modules.get(tag);
    if (!module) throw new Error(`${LOADER_FILE} does not load <${tag}>`);
    return module;
  };
  for (const tag of elements) measure(`<${tag}> with others (module + chunks)`, () => graph.closure(moduleOf(tag)), null, true);
  measure(
    'every element on one page (all modules + chunks)',
    () => [...new Set(elements.flatMap((tag) => graph.closure(moduleOf(tag))))],
    null,
    true,
  );
  for (const tag of [...modules.keys()].filter((tag) => !elements.includes(tag)))
    rows.push({
      label: `<${tag}>`,
      files: 0,
      raw: 0,
      brotli: 0,
      budget: 0,
      problem: `${LOADER_FILE} loads <${tag}>, which has no folder in src/`,
    });
  return rows;
}
