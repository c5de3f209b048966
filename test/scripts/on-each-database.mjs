/**
 * Runs the test files of one folder of test/ with Node's test runner on SQLite, then again on PostgreSQL
 * when DATABASE_URL is set (each test file gets its own schema there). Files run one at a time: each boots
 * a whole Strapi, and the machine has two cores. A file that runs longer than `fileTimeoutMs` fails (its
 * process is ended), so a hung Strapi fails the run instead of hanging it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const testDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `only`: parts of file names to run (all files when empty); `onPostgres`: parts of the names of the files
 * that also run on PostgreSQL (all when absent). Returns the exit status for the whole run.
 */
export function runOnEachDatabase({ folder, only = [], onPostgres, fileTimeoutMs }) {
  const files = readdirSync(path.join(testDir, folder))
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort()
    .map((file) => path.join(folder, file));
  if (files.length === 0) {
    console.error(`No test file in test/${folder} matches ${only.join(', ')}.`);
    return 1;
  }

  const run = (label, env, selected = files) => {
    console.log(`\n### ${folder} suite on ${label}\n`);
    const args = [
      '--require',
      'esbuild-register',
      '--enable-source-maps',
      '--test',
      '--test-concurrency=1',
      `--test-timeout=${fileTimeoutMs}`,
      ...selected,
    ];
    const result = spawnSync(process.execPath, args, { cwd: testDir, stdio: 'inherit', env });
    return result.status ?? 1;
  };

  const { DATABASE_URL, ...withoutDatabase } = process.env;
  let status = run('SQLite', withoutDatabase);
  const postgresFiles = onPostgres ? files.filter((file) => onPostgres.some((name) => file.includes(name))) : files;
  if (DATABASE_URL && postgresFiles.length > 0)
    status = run(`PostgreSQL (${DATABASE_URL.replace(/\/\/[^@]*@/, '//')})`, process.env, postgresFiles) || status;
  return status;
}
