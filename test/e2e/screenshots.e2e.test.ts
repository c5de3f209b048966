/** `npm run screenshots` keeps working: it takes every picture the README shows, as real PNG images. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { SCREENSHOTS, takeScreenshots } from '../scripts/take-screenshots';
import { REPO_ROOT } from '../helpers/strapi';

const outDir = mkdtempSync(path.join(tmpdir(), 'kumppani-screenshots-'));
after(() => rmSync(outDir, { recursive: true, force: true }));

it('takes each screenshot the README shows', async () => {
  const written = await takeScreenshots(outDir);
  assert.deepEqual(written.map((file) => path.basename(file)).sort(), [...SCREENSHOTS].sort());
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  for (const name of SCREENSHOTS) {
    assert.ok(readme.includes(`docs/screenshots/${name}`), `README shows ${name}`);
    const png = readFileSync(path.join(outDir, name));
    assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${name} is a PNG`);
    // A picture named …-320.png shows a phone-wide page; every other one a desktop window.
    const minWidth = name.endsWith('-320.png') ? 320 : 1280;
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width >= minWidth && height >= 900, `${name} is ${width}×${height}, at least ${minWidth}×900`);
    assert.ok(png.length > 30_000, `${name} has content (${png.length} bytes)`);
  }
});
