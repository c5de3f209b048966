/**
 * Every content type of the plugin, each from its own folder: its schema, and the validation rules and
 * search columns of those that have them. The document middleware reads them from CONTENT_TYPES; Strapi
 * gets the schemas as the plugin's `contentTypes`.
 */
import blog from './blog';
import type { ContentTypeDefinition } from './definition';
import event from './event';
import feedSource from './feed-source';
import organisation from './organisation';
import person from './person';
import post from './post';
import programme from './programme';
import region from './region';
import topic from './topic';
import type { ContentTypeName } from './uids';

export const CONTENT_TYPES: Readonly<Record<ContentTypeName, ContentTypeDefinition>> = {
  organisation,
  programme,
  event,
  post,
  person,
  blog,
  region,
  topic,
  'feed-source': feedSource,
};

/** The plugin's `contentTypes` for Strapi: the schema of each type by its singular name. */
export default Object.fromEntries(Object.entries(CONTENT_TYPES).map(([name, { schema }]) => [name, { schema }]));
