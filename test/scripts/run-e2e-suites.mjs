#!/usr/bin/env node
/**
 * The end-to-end suite (test/e2e, Chromium against the demo CMS) on SQLite, then on PostgreSQL when
 * DATABASE_URL is set. Arguments pick test files by part of their name, e.g. `node scripts/run-e2e-suites.mjs widgets`.
 */
import { runOnEachDatabase } from './on-each-database.mjs';

// On PostgreSQL only the files whose pages read content through the public API: the embed builder and the
// screenshots drive the admin panel, whose data the server suite already checks on both databases
// (embed-builder.test.ts), and running them twice would take CI towards its time limit.
const ON_POSTGRES = ['widgets', 'example-sites'];

// Fifteen minutes a file: the first file may build the admin panel, and a page waits on a busy machine.
process.exit(runOnEachDatabase({ folder: 'e2e', only: process.argv.slice(2), onPostgres: ON_POSTGRES, fileTimeoutMs: 15 * 60_000 }));
