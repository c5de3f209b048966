#!/usr/bin/env node
/**
 * The server suite (test/server) on SQLite, then on PostgreSQL when DATABASE_URL is set. Arguments pick
 * test files by part of their name, e.g. `node scripts/run-server-suites.mjs api-formats api-privacy`.
 */
import { runOnEachDatabase } from './on-each-database.mjs';

// Ten minutes a file: a file boots Strapi and loads the demo content, which takes a minute on a busy machine.
process.exit(runOnEachDatabase({ folder: 'server', only: process.argv.slice(2), fileTimeoutMs: 10 * 60_000 }));
