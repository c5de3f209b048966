/**
 * The plugin as a county gets it: `npm pack` of cms/, the tarball installed into a minimal Strapi 5 app
 * (test/install/host-app, in a temporary folder outside the repository) and started. Its public API, OpenAPI
 * document and widget bundle answer, and the reference data is seeded. Needs `npm run build` first.
 *
 * Offline: the tarball is unpacked into the app's node_modules, and each dependency it declares is linked to
 * the copy that `npm ci` installed in the repository (see node-modules-layout.ts), as npm would place it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NodeModulesLayout } from './node-modules-layout';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PLUGIN_DIR = path.join(REPO_ROOT, 'cms');
const HOST_APP_TEMPLATE = path.join(__dirname, 'host-app');
const PLUGIN_NAME = 'strapi-plugin-kumppani';

interface LockEntry {
  resolved?: string;
  integrity?: string;
  link?: boolean;
}

const rootManifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
const lockPackages = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')).packages as Record<string, LockEntry>;
const workspaceNames = rootManifest.workspaces.map(
  (folder) => (JSON.parse(readFileSync(path.join(REPO_ROOT, folder, 'package.json'), 'utf8')) as { name: string }).name,
);

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Starts the app and resolves with its base URL once it listens; rejects with its output if it stops first. */
function startApp(appDir: string, output: string[]): Promise<{ child: ChildProcess; baseUrl: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    APP_KEYS: [1, 2].map(() => randomBytes(16).toString('base64')).join(','),
    ADMIN_JWT_SECRET: randomBytes(16).toString('base64'),
    API_TOKEN_SALT: randomBytes(16).toString('base64'),
    TRANSFER_TOKEN_SALT: randomBytes(16).toString('base64'),
    ENCRYPTION_KEY: randomBytes(16).toString('base64'),
  };
  // --preserve-symlinks: Strapi (linked from the repository) looks for plugins in the app's node_modules.
  const child = spawn(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', 'start.js'], { cwd: appDir, env });
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      const listening = /LISTENING (\d+)/.exec(output.join(''));
      if (listening) resolve({ child, baseUrl: `http://127.0.0.1:${listening[1]}` });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => reject(new Error(`the app stopped (exit code ${code}) before listening:\n${output.join('')}`)));
  });
}

describe('the plugin tarball installed into a plain Strapi app', () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'kumppani-install-'));
  const appDir = path.join(workDir, 'app');
  const output: string[] = [];
  let tarball: string;
  let packedFiles: string[];
  let manifest: { name: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
  let app: { child: ChildProcess; baseUrl: string } | undefined;

  before(async () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', workDir], PLUGIN_DIR)) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = path.join(workDir, packed!.filename);
    packedFiles = packed!.files.map((file) => file.path);
    run('tar', ['-xzf', tarball, '-C', workDir], workDir);
    manifest = JSON.parse(readFileSync(path.join(workDir, 'package', 'package.json'), 'utf8'));

    cpSync(HOST_APP_TEMPLATE, appDir, { recursive: true });
    const installedDir = path.join(appDir, 'node_modules', PLUGIN_NAME);
    mkdirSync(path.dirname(installedDir), { recursive: true });
    renameSync(path.join(workDir, 'package'), installedDir);
    const layout = new NodeModulesLayout(REPO_ROOT, path.join(appDir, 'node_modules'), { workspaceDir: PLUGIN_DIR, installedDir });
    // The app's own dependencies, as a Strapi app's package.json has them.
    const strapi = layout.add(REPO_ROOT, '@strapi/strapi');
    const sqlite = layout.add(REPO_ROOT, 'better-sqlite3');
    // The plugin's, from the tarball's package.json only: resolved as the plugin's workspace resolves them.
    for (const [name, version] of Object.entries(manifest.dependencies ?? {}))
      assert.equal(layout.add(PLUGIN_DIR, name).version, version, `${name}: the linked copy is not the version the tarball declares`);
    writeFileSync(
      path.join(appDir, 'package.json'),
      JSON.stringify({
        name: 'kumppani-install-test-app',
        private: true,
        version: '0.0.0',
        dependencies: { '@strapi/strapi': strapi.version, 'better-sqlite3': sqlite.version, [PLUGIN_NAME]: `file:${tarball}` },
      }),
    );
    app = await startApp(appDir, output);
  });

  after(async () => {
    if (app) {
      const exited = new Promise((resolve) => app!.child.once('exit', resolve));
      app.child.kill('SIGTERM');
      await exited;
    }
    // The links in node_modules are removed, not what they point to.
    rmSync(workDir, { recursive: true, force: true });
  });

  it('packs one tarball whose dependencies are public npm packages, with the server, admin and widget bundle', () => {
    assert.equal(manifest.name, PLUGIN_NAME);
    for (const file of ['strapi-server.js', 'dist/server/index.js', 'dist/admin/index.mjs', 'dist/widgets/kumppani.js'])
      assert.ok(packedFiles.includes(file), `${file} is missing from the tarball`);
    for (const [name, spec] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      assert.ok(!workspaceNames.includes(name), `${name} is a private workspace package`);
      assert.match(spec, /^[\^~]?\d+\.\d+\.\d+|^\^\d+\.\d+\.\d+ \|\| /, `${name}@${spec} is not a registry version`);
    }
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const entry = lockPackages[`cms/node_modules/${name}`] ?? lockPackages[`node_modules/${name}`];
      // A registry package has an integrity hash (and, when recorded, a registry URL); a workspace package is a link.
      const fromRegistry =
        entry &&
        !entry.link &&
        entry.integrity &&
        (entry.resolved ?? 'https://registry.npmjs.org/').startsWith('https://registry.npmjs.org/');
      assert.ok(fromRegistry, `${name} is not installed from npm in package-lock.json`);
    }
  });

  it('imports, in its built server and admin, only packages it declares (the host app installs nothing else for it)', () => {
    const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }));
    const packageOf = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    const builtFiles = packedFiles.filter((file) => /^dist\/(server\/.*\.js|admin\/.*\.mjs)$/.test(file));
    assert.ok(builtFiles.length >= 2, 'the server and admin builds are in the tarball');
    const imported = new Set<string>();
    for (const file of builtFiles) {
      const code = readFileSync(path.join(appDir, 'node_modules', PLUGIN_NAME, file), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:require\(|\bfrom ?|\bimport\()["']([^"'./][^"']*)["']/g)) {
        if (!specifier.startsWith('node:')) imported.add(packageOf(specifier));
      }
    }
    assert.ok(imported.has('@strapi/strapi') && imported.has('zod'), `imports found: ${[...imported].join(', ')}`);
    for (const name of imported) assert.ok(declared.has(name), `the build imports ${name}, which the package does not declare`);
  });

  it('answers the public API and its OpenAPI document, with the reference data seeded', async () => {
    const organisations = await fetch(`${app!.baseUrl}/api/kumppani/organisations?facets=true`);
    assert.equal(organisations.status, 200, output.join(''));
    assert.match(organisations.headers.get('content-type') ?? '', /^application\/json/);
    const body = (await organisations.json()) as { data: unknown[]; meta: { total: number } };
    assert.deepEqual(body.data, []);
    assert.equal(body.meta.total, 0);

    // The regions and topics are seeded at start-up: read from the app's own SQLite file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require(require.resolve('better-sqlite3', { paths: [appDir] }));
    const database = new Database(path.join(appDir, '.tmp', 'data.db'), { readonly: true });
    try {
      const count = (table: string, slug: string) => database.prepare(`SELECT count(*) AS n FROM ${table} WHERE slug = ?`).get(slug).n;
      assert.equal(count('kumppani_regions', 'keski-suomi'), 1);
      assert.equal(count('kumppani_topics', 'kumppanuus'), 1);
    } finally {
      database.close();
    }

    const openApi = await fetch(`${app!.baseUrl}/api/kumppani/openapi.json`);
    assert.equal(openApi.status, 200);
    const document = (await openApi.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.match(document.openapi, /^3\./);
    assert.ok('/organisations' in document.paths, 'the OpenAPI document lists the endpoints');
  });

  it('serves the widget bundle it carries', async () => {
    const bundle = await fetch(`${app!.baseUrl}/kumppani/kumppani.js`);
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(
      await bundle.text(),
      readFileSync(path.join(appDir, 'node_modules', PLUGIN_NAME, 'dist', 'widgets', 'kumppani.js'), 'utf8'),
    );
  });
});
