// Copies the widgets' CDN build (widgets/dist/cdn) into the plugin's own files (dist/widgets), which the
// plugin serves under /kumppani/: the published plugin carries the bundle instead of depending on the
// private @kumppani/widgets package. The root build runs the widgets' build first.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cms = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const source = path.join(path.dirname(require.resolve('@kumppani/widgets/package.json')), 'dist', 'cdn');
const target = path.join(cms, 'dist', 'widgets');
if (!existsSync(path.join(source, 'kumppani.js'))) {
  console.error(`The widgets' CDN build is missing (${source}): run \`npm run build --workspace widgets\` first.`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
