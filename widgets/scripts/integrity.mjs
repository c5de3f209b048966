/**
 * Writes dist/cdn/integrity.json after the build: the Subresource Integrity value (sha384) of each element's
 * self-contained file, for a host that serves `<element>.js` from its own site or a CDN and pins its content:
 *
 *   <script type="module" src="https://static.example.fi/kumppani/event-list.js"
 *     integrity="sha384-…" crossorigin="anonymous"></script>
 *
 * and of what that file imports after its first render (its structured data's builders, chunks/structured-data-*,
and <event-list>'s dates filter and subscription links, chunks/event-list.dates-* and event-list.subscribe-*),
 * which such a page pins with `<link rel="modulepreload" integrity>`. Not the loader (kumppani.js): it imports its
 * chunks itself, and a script's integrity does not cover what it imports. docs/deploy.md ("Serving the bundle from
 * your own site or a CDN") shows the use.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CDN_DIR, elementNames, readCdnGraph } from './cdn-graph.mjs';

const INTEGRITY_FILE = 'integrity.json';

const hash = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(path.join(CDN_DIR, file)))
    .digest('base64')}`;

// Each element's file, then what it imports after its first render (JSON-LD builders, the event list's dates filter and subscription links), which a pinned page
// pins with <link rel="modulepreload" integrity> (docs/deploy.md).
const graph = readCdnGraph();
const files = elementNames().flatMap((tag) => [`${tag}.js`, ...graph.parse(`${tag}.js`).deferred.flatMap((file) => graph.closure(file))]);
const integrity = Object.fromEntries([...new Set(files)].map((file) => [file, hash(file)]));
writeFileSync(path.join(CDN_DIR, INTEGRITY_FILE), `${JSON.stringify(integrity, null, 2)}\n`);
