'use strict';
/** Reads the demo dataset (demo-content/*.json) and loads it through the plugin's demo-content service. */
const fs = require('node:fs');
const path = require('node:path');

const DATASET_DIR = path.resolve(__dirname, '..', '..', 'demo-content');
const PARTS = ['organisations', 'people', 'blogs', 'programmes', 'events', 'feedSources', 'posts'];

function readDemoDataset(dir = DATASET_DIR) {
  return Object.fromEntries(PARTS.map((part) => [part, JSON.parse(fs.readFileSync(path.join(dir, `${part}.json`), 'utf8'))]));
}

/** A progress line per item, overwritten in place on a terminal. */
function progressPrinter(stream = process.stdout) {
  return ({ done, total, type, label, skipped }) => {
    const line = `[kumppani demo] ${String(done).padStart(3)}/${total} ${skipped ? 'exists ' : 'loaded '} ${type}: ${label}`;
    if (stream.isTTY) {
      stream.write(`\r\x1b[2K${line.slice(0, (stream.columns || 100) - 1)}${done === total ? '\n' : ''}`);
    } else {
      stream.write(`${line}\n`);
    }
  };
}

async function loadDemoContent(strapi, { onProgress, now } = {}) {
  return strapi.plugin('kumppani').service('demo-content').seed(readDemoDataset(), { onProgress, now });
}

/** First start of an empty database: load the demo once. A database that has content is left alone. */
async function loadDemoContentIfEmpty(strapi, options = {}) {
  const service = strapi.plugin('kumppani').service('demo-content');
  if (await service.isLoaded()) return null;
  if ((await strapi.db.query('plugin::kumppani.organisation').count()) > 0) return null;
  return loadDemoContent(strapi, options);
}

module.exports = { readDemoDataset, progressPrinter, loadDemoContent, loadDemoContentIfEmpty, DATASET_DIR };
