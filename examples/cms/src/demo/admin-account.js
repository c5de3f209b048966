'use strict';
/**
 * The demo admin account: created on first start from KUMPPANI_DEMO_ADMIN_EMAIL / _PASSWORD, with
 * documented defaults that are for a local demo only and refused when NODE_ENV=production.
 */
const DEMO_ADMIN_DEFAULTS = Object.freeze({ email: 'demo@kumppani.example', password: 'Kumppani-demo-2026' });

function demoAdminCredentials(env = process.env) {
  const email = env.KUMPPANI_DEMO_ADMIN_EMAIL || DEMO_ADMIN_DEFAULTS.email;
  const password = env.KUMPPANI_DEMO_ADMIN_PASSWORD || DEMO_ADMIN_DEFAULTS.password;
  const usesDefaults = email === DEMO_ADMIN_DEFAULTS.email || password === DEMO_ADMIN_DEFAULTS.password;
  if (usesDefaults && env.NODE_ENV === 'production') {
    throw new Error(
      'Refusing to start: the demo admin defaults are for local demos only. In production set ' +
        'KUMPPANI_DEMO_ADMIN_EMAIL and KUMPPANI_DEMO_ADMIN_PASSWORD to your own values, or set ' +
        'KUMPPANI_DEMO_ADMIN=off and create the first admin in the browser.',
    );
  }
  return { email, password, usesDefaults };
}

/** The demo admin's credentials, or null when KUMPPANI_DEMO_ADMIN=off (then nothing about it is checked). */
function enabledDemoAdmin(env = process.env) {
  return env.KUMPPANI_DEMO_ADMIN === 'off' ? null : demoAdminCredentials(env);
}

/** Creates the demo admin when the database has no admin yet. Returns the credentials when it did. */
async function ensureDemoAdmin(strapi, env = process.env) {
  const credentials = enabledDemoAdmin(env);
  if (!credentials) return null;
  if ((await strapi.db.query('admin::user').count()) > 0) return null;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing; is the admin plugin loaded?');
  await strapi.service('admin::user').create({
    email: credentials.email,
    firstname: 'Demo',
    lastname: 'Editor',
    password: credentials.password,
    isActive: true,
    roles: [superAdmin.id],
  });
  return credentials;
}

module.exports = { DEMO_ADMIN_DEFAULTS, demoAdminCredentials, enabledDemoAdmin, ensureDemoAdmin };
