// What the plugin's builds bundle and what they leave to npm: the workspace's own private packages are
// bundled (a county installs one tarball, and they are not on npm); every other package stays an import,
// resolved from the plugin's declared dependencies or the host app.
export const BUNDLED_PACKAGES = ['@kumppani/contract'];

const isBundled = (specifier) => BUNDLED_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`));

/** esbuild plugin: every bare import is external except BUNDLED_PACKAGES (read from their TypeScript source). */
export const externalPackagesExceptBundled = {
  name: 'external-packages-except-bundled',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (isBundled(args.path) ? undefined : { path: args.path, external: true }));
  },
};
