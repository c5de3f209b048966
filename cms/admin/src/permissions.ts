/** The admin permission that shows the embed builder (registered by the plugin's server bootstrap). */
import { EMBED_PERMISSION } from '@kumppani/contract';

export const EMBED_PERMISSIONS = [{ action: EMBED_PERMISSION, subject: null }];
