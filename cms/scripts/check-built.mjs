// Run by `npm pack` (prepack): dist/ is not in git, so a pack before `npm run build` would give a tarball
// without the server, the admin or the widget bundle, which Strapi would only notice at start.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cms = fileURLToPath(new URL('..', import.meta.url));
const missing = ['dist/server/index.js', 'dist/admin/index.mjs', 'dist/widgets/kumppani.js'].filter((file) => !existsSync(cms + file));
if (missing.length > 0) {
  console.error(`Not built: ${missing.join(', ')} missing. Run \`npm run build\` in the repository first.`);
  process.exit(1);
}
