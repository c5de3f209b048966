'use strict';
const {
  winston,
  formats: { prettyPrint, levelFilter },
} = require('@strapi/logger');

// Quiet by default in tests (LOG_LEVEL=warn); the demo shows http requests at info.
module.exports = {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'info',
      format: winston.format.combine(levelFilter(process.env.LOG_LEVEL || 'info'), prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' })),
    }),
  ],
};
