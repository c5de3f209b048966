#!/usr/bin/env node
/**
 * The end-to-end suite (test/e2e, Chromium against the demo CMS) on SQLite, then on PostgreSQL when
 * DATABASE_URL is set. Arguments pick test files by part of their name, e.g. `node scripts/run-e2e-suites.mjs widgets`.
 */
import { runOnEachDatabase } from './on-each-database.mjs';

// Fifteen minutes a file: the first file may build the admin panel, and a page waits on a busy machine.
process.exit(runOnEachDatabase({ folder: 'e2e', only: process.argv.slice(2), fileTimeoutMs: 15 * 60_000 }));
