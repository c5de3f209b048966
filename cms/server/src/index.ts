/** Server entry of strapi-plugin-kumppani: content types, Document Service validation, reference data. */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  config,
  contentTypes,
  services,
  controllers,
  routes,
  policies: {},
  middlewares: {},
};
