'use strict';
module.exports = () => ({
  kumppani: {
    enabled: true,
    config: {
      cors: { origins: ['https://www.example.fi'] },
    },
  },
});
