'use strict';
module.exports = () => ({
  kumppani: { enabled: true, config: {} },
});
