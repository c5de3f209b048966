#!/usr/bin/env node
/**
 * The install test (test/install): the packed plugin installed into a plain Strapi app. Once, on SQLite: it
 * checks the package, not the database, which the server suite covers on both.
 */
import { runOnEachDatabase } from './on-each-database.mjs';

// Five minutes: packing, linking and one Strapi start take about half a minute.
process.exit(runOnEachDatabase({ folder: 'install', only: process.argv.slice(2), onPostgres: [], fileTimeoutMs: 5 * 60_000 }));
