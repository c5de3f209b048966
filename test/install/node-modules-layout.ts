/**
 * Lays out node_modules for the install test's app, offline, the way npm would: each package the app or
 * the plugin needs is a link to the copy that `npm ci` installed in the repository from the registry. Only
 * what is reachable from the app's own dependencies (Strapi, better-sqlite3) and from the dependencies
 * declared in the plugin tarball's package.json is linked, so a package the plugin uses without declaring it,
 * or a private workspace package, is missing in the app just as it would be at a county.
 *
 * The app must run with `node --preserve-symlinks`: otherwise Strapi, at its real path in the repository,
 * would find the workspace's plugin (node_modules/strapi-plugin-kumppani) instead of the installed tarball.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));

/** Node's lookup of `name` from `fromDir`, up to and including `repoRoot`/node_modules. */
function resolveInRepo(repoRoot: string, fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; dir.startsWith(repoRoot); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === repoRoot) break;
  }
  return undefined;
}

export class NodeModulesLayout {
  private readonly visited = new Set<string>();
  private readonly repoModules: string;
  private readonly workspaceModules: string;
  private readonly pluginModules: string;

  constructor(
    private readonly repoRoot: string,
    /** The app's node_modules. */
    private readonly appModules: string,
    /** The plugin's workspace folder in the repository, and where the app has the plugin installed. */
    plugin: { workspaceDir: string; installedDir: string },
  ) {
    this.repoModules = path.join(repoRoot, 'node_modules');
    this.workspaceModules = path.join(plugin.workspaceDir, 'node_modules');
    this.pluginModules = path.join(plugin.installedDir, 'node_modules');
  }

  /** Links `name`, as the package in the repository at `fromDir` resolves it, and everything it needs. */
  add(fromDir: string, name: string): Manifest {
    const location = resolveInRepo(this.repoRoot, fromDir, name);
    if (!location) throw new Error(`${name} (needed by ${fromDir}) is not installed in the repository`);
    if (!realpathSync(location).includes(`${path.sep}node_modules${path.sep}`))
      throw new Error(`${name} resolves to the workspace package at ${realpathSync(location)}, which is not on npm`);
    // At the top of the repository's node_modules: at the top of the app's. In the plugin's workspace
    // node_modules (a version that differs from the top one): in the installed plugin's node_modules. Nested
    // inside another package: it comes with that package's link.
    const parent = path.dirname(name.startsWith('@') ? path.dirname(location) : location);
    if (parent === this.repoModules) this.link(path.join(this.appModules, name), location);
    else if (parent === this.workspaceModules) this.link(path.join(this.pluginModules, name), location);
    const manifest = readManifest(location);
    if (this.visited.has(location)) return manifest;
    this.visited.add(location);
    const optional = new Set([...Object.keys(manifest.optionalDependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    for (const dependency of new Set([...Object.keys(manifest.dependencies ?? {}), ...optional])) {
      if (optional.has(dependency) && !resolveInRepo(this.repoRoot, location, dependency)) continue;
      this.add(location, dependency);
    }
    return manifest;
  }

  private link(linkPath: string, target: string): void {
    if (lstatSync(linkPath, { throwIfNoEntry: false })) {
      if (readlinkSync(linkPath) === target) return;
      throw new Error(`${linkPath} is taken by ${readlinkSync(linkPath)}, and ${target} needs the same place`);
    }
    mkdirSync(path.dirname(linkPath), { recursive: true });
    symlinkSync(target, linkPath, 'dir');
  }
}
