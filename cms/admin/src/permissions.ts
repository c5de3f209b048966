/** The admin permissions that show the plugin's pages (registered by the plugin's server bootstrap). */
import { EMBED_PERMISSION, SETTINGS_PERMISSION } from '@kumppani/contract';

export const EMBED_PERMISSIONS = [{ action: EMBED_PERMISSION, subject: null }];
export const SETTINGS_PERMISSIONS = [{ action: SETTINGS_PERMISSION, subject: null }];
