/**
 * Writes dist/cdn/integrity.json after the build: the Subresource Integrity value (sha384) of each element's
 * self-contained file, for a host that serves `<element>.js` from its own site or a CDN and pins its content:
 *
 *   <script type="module" src="https://static.example.fi/kumppani/event-list.js"
 *     integrity="sha384-…" crossorigin="anonymous"></script>
 *
 * Only those files: the loader (kumppani.js) imports its chunks itself, and a script's integrity does not
 * cover what it imports. docs/deploy.md ("Serving the bundle from your own site or a CDN") shows the use.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CDN_DIR, elementNames } from './cdn-graph.mjs';

const INTEGRITY_FILE = 'integrity.json';

const integrity = Object.fromEntries(
  elementNames().map((tag) => {
    const file = `${tag}.js`;
    return [
      file,
      `sha384-${createHash('sha384')
        .update(readFileSync(path.join(CDN_DIR, file)))
        .digest('base64')}`,
    ];
  }),
);
writeFileSync(path.join(CDN_DIR, INTEGRITY_FILE), `${JSON.stringify(integrity, null, 2)}\n`);
