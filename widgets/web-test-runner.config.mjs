import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { elementNames, readCdnGraph } from './scripts/cdn-graph.mjs';
import { shapesTestRunnerPlugin } from './scripts/shapes.mjs';

/**
 * `executeServerCommand('kumppani-cdn-graph')`: the built CDN files each element needs through the loader
 * (src/loader.test.ts checks that the browser requests exactly those).
 */
const cdnGraphCommand = () => ({
  name: 'kumppani-cdn-graph',
  executeCommand({ command }) {
    if (command !== 'kumppani-cdn-graph') return undefined;
    const graph = readCdnGraph();
    const modules = Object.fromEntries([...graph.modules()].map(([tag, file]) => [tag, graph.closure(file)]));
    return { elements: elementNames(), modules };
  },
});

/**
 * `executeServerCommand('kumppani-headings')`: the page's headings, name and level, as the browser's
 * accessibility tree has them (shared/testing/list-suite.ts checks `heading-level` there). The whole tree: the
 * a11y-snapshot command of @web/test-runner-commands leaves out a heading whose text is a link.
 */
const headingsCommand = () => ({
  name: 'kumppani-headings',
  async executeCommand({ command, session }) {
    if (command !== 'kumppani-headings') return undefined;
    const headings = [];
    const walk = (node) => {
      if (node.role === 'heading') headings.push({ name: node.name, level: node.level });
      node.children?.forEach(walk);
    };
    walk(await session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false }));
    return headings;
  },
});

export default {
  files: ['src/**/*.test.ts'],
  // `source` first so the contract is served from its TypeScript source, as in the rollup build.
  nodeResolve: { exportConditions: ['source', 'browser', 'import'], extensions: ['.ts', '.mjs', '.js'] },
  // The shapes the elements check responses against, generated from the contract (scripts/shapes.mjs).
  plugins: [
    shapesTestRunnerPlugin(),
    cdnGraphCommand(),
    headingsCommand(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // A hung browser or test file fails the run instead of hanging it; generous, as the machine is shared.
  browserStartTimeout: 2 * 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 5 * 60_000,
};
