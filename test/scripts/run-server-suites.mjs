#!/usr/bin/env node
/**
 * Runs the server suite on SQLite, then again on PostgreSQL when DATABASE_URL is set (each test file gets
 * its own schema there). Test files run one at a time: each boots a whole Strapi, and the machine has two cores.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const testDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(path.join(testDir, 'server'))
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()
  .map((file) => path.join('server', file));

function run(label, env) {
  console.log(`\n### server suite on ${label}\n`);
  const result = spawnSync(process.execPath, ['--require', 'esbuild-register', '--enable-source-maps', '--test', '--test-concurrency=1', ...files], { cwd: testDir, stdio: 'inherit', env });
  return result.status ?? 1;
}

const { DATABASE_URL, ...withoutDatabase } = process.env;
let status = run('SQLite', withoutDatabase);
if (DATABASE_URL) status = run(`PostgreSQL (${DATABASE_URL.replace(/\/\/[^@]*@/, '//')})`, process.env) || status;
process.exit(status);
