/** The plugin config's validation (cms/server/src/config), without a server: messages name the setting. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pluginConfig from '../../cms/server/src/config';

describe('plugin config', () => {
  it('is checked with messages that name the setting', () => {
    assert.doesNotThrow(() =>
      pluginConfig.validator({ cors: { origins: ['https://www.vakehyva.fi'] }, rateLimit: { points: 100, durationSeconds: 60 } }),
    );
    assert.throws(
      () => pluginConfig.validator({ cors: { origins: ['https://www.vakehyva.fi/'] } }),
      /must be an origin[\s\S]*cors\.origins/,
    );
    assert.throws(() => pluginConfig.validator({ rateLimit: { points: 0, durationSeconds: 60 } }), /rateLimit/);
    assert.throws(() => pluginConfig.validator({ cacheMaxAge: 'soon' }), /cacheMaxAge/);
    assert.throws(() => pluginConfig.validator({ corss: {} }), /corss/);
  });

  it('checks rateLimit.store with a message that names it', () => {
    for (const store of ['auto', 'memory', 'database'])
      assert.doesNotThrow(() => pluginConfig.validator({ rateLimit: { points: 10, durationSeconds: 60, store } }), store);
    assert.doesNotThrow(() => pluginConfig.validator({ rateLimit: { points: 10, durationSeconds: 60 } }), 'store may be left out');
    assert.equal((pluginConfig.default() as { rateLimit: { store: string } }).rateLimit.store, 'auto');
    for (const store of ['redis', '', 'Database', 1, null]) {
      assert.throws(
        () => pluginConfig.validator({ rateLimit: { points: 10, durationSeconds: 60, store } }),
        /must be one of "auto", "memory", "database"\s+→ at rateLimit\.store/,
        String(store),
      );
    }
  });
});
