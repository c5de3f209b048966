/** Server entry of strapi-plugin-kumppani: content types, Document Service validation, reference data. */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import register from './register';
import services from './services';

export default {
  register,
  bootstrap,
  config,
  contentTypes,
  services,
  controllers: {},
  routes: {},
  policies: {},
  middlewares: {},
};
