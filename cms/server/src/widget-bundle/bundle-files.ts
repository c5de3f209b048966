/**
 * The widgets' CDN build, which the plugin carries in its own files (dist/widgets, copied there by the
 * plugin's build), read into memory with its content hash and precompressed copies, so the CMS can serve it
 * without a separate CDN. Re-read when a file changes on disk (a rebuild of the plugin while the CMS runs).
 *
 * The build: the loader `kumppani.js`, one self-contained file per element, and in `chunks/` the modules the
 * loader imports, named by Rollup with a hash of their content (`chunks/event-list-0aa90763.js`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface BundleFile {
  /** Path in the bundle's folder, e.g. `kumppani.js` or `chunks/templates-9c8ba5ab.js`. */
  name: string;
  /** `kumppani.<hash>.js`: the immutable name of this exact content (a chunk's own name already is). */
  hashedName: string;
  /** A chunk's module: its name changes whenever its content does, so it may be cached for good. */
  immutable: boolean;
  etag: string;
  lastModified: string;
  contentType: string;
  identity: Buffer;
  brotli: Buffer;
  gzip: Buffer;
}

export class BundleNotBuiltError extends Error {}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Where the CDN build lives: found through the plugin's own package name, wherever it is installed. */
function defaultBundleDir(): string {
  let manifest: string;
  try {
    manifest = require.resolve('strapi-plugin-kumppani/package.json');
  } catch (error) {
    throw new BundleNotBuiltError(`The plugin's own package cannot be found to read its widget bundle: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return path.join(path.dirname(manifest), 'dist', 'widgets');
}

/** The folder of the chunks the loader imports (rollup.config.mjs: `chunkFileNames`). */
const CHUNKS_DIR = 'chunks';

function hashedNameOf(name: string, hash: string): string {
  return name.replace(/\.js$/, `.${hash}.js`);
}

const isServed = (name: string) => path.extname(name) in CONTENT_TYPES;

/** The files of the bundle: those of its folder, then those of chunks/, as `chunks/<file>`. */
function listFiles(dir: string): string[] {
  const top = readdirSync(dir, { withFileTypes: true });
  const chunks = top.some((entry) => entry.isDirectory() && entry.name === CHUNKS_DIR)
    ? readdirSync(path.join(dir, CHUNKS_DIR)).map((name) => `${CHUNKS_DIR}/${name}`)
    : [];
  return [...top.filter((entry) => entry.isFile()).map((entry) => entry.name), ...chunks].filter(isServed).sort();
}

export class BundleFiles {
  private files = new Map<string, BundleFile>();
  private stamp = '';

  constructor(private readonly resolveDir: () => string = defaultBundleDir) {}

  /** The file named `name` (plain or hashed), or undefined. Throws BundleNotBuiltError when there is no build. */
  get(name: string): BundleFile | undefined {
    this.refresh();
    return this.files.get(name);
  }

  private refresh(): void {
    const dir = this.resolveDir();
    let names: string[];
    try {
      names = listFiles(dir);
    } catch {
      throw new BundleNotBuiltError(`The widget bundle has not been built (${dir} is missing): run \`npm run build\` in the repository.`);
    }
    const stats = names.map((name) => statSync(path.join(dir, name)));
    const stamp = names.map((name, index) => `${name}:${stats[index]!.size}:${stats[index]!.mtimeMs}`).join('|');
    if (stamp === this.stamp) return;

    const files = new Map<string, BundleFile>();
    names.forEach((name, index) => {
      const identity = readFileSync(path.join(dir, name));
      const hash = createHash('sha256').update(identity).digest('hex').slice(0, 12);
      // Rollup's [hash] in a chunk's name is of its final content; its source map is not covered by it.
      const immutable = name.startsWith(`${CHUNKS_DIR}/`) && name.endsWith('.js');
      const file: BundleFile = {
        name,
        hashedName: name.endsWith('.js') && !immutable ? hashedNameOf(name, hash) : name,
        immutable,
        etag: `"${hash}"`,
        lastModified: new Date(Math.floor(stats[index]!.mtimeMs / 1000) * 1000).toUTCString(),
        contentType: CONTENT_TYPES[path.extname(name)]!,
        identity,
        brotli: brotliCompressSync(identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
        }),
        gzip: gzipSync(identity, { level: 9 }),
      };
      files.set(file.name, file);
      files.set(file.hashedName, file);
    });
    this.files = files;
    this.stamp = stamp;
  }
}

/** The bundle of this process, shared by the route that serves it and the embed builder. */
export const widgetBundle = new BundleFiles();
