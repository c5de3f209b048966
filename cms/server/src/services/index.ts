import { factories } from '@strapi/strapi';
import { UID } from '../content-types/uids';
import { ResponseCache } from '../public-api/response-cache';
import { ReadModels } from '../read-model/read-model';
import { SearchIndex } from '../search/search-index';
import { OccurrenceIndex } from '../occurrences/occurrence-index';
import { Clock } from '../time/clock';
import { FeedImportService } from '../feed-import/feed-import-service';
import type { Core } from '@strapi/strapi';
import demoContent from './demo-content';
import referenceData from './reference-data';

export default {
  'reference-data': referenceData,
  'demo-content': demoContent,
  // One per Strapi: the public API's responses, keyed by data version (public-api/response-cache.ts).
  'response-cache': () => new ResponseCache(),
  // One per Strapi: table metadata, compiled fingerprint statements and alphabetical ranks (read-model/read-model.ts).
  'read-model': ({ strapi }: { strapi: Core.Strapi }) => new ReadModels(strapi),
  // One per Strapi: the full-text index of the searchable types (search/search-index.ts).
  'search-index': ({ strapi }: { strapi: Core.Strapi }) => new SearchIndex(strapi),
  // One per Strapi: every occurrence of the published events, for the event list (occurrences/occurrence-index.ts).
  'event-occurrences': ({ strapi }: { strapi: Core.Strapi }) => new OccurrenceIndex(strapi),
  // "Now" for the responses that depend on it; tests set it (time/clock.ts).
  clock: () => new Clock(),
  // One per Strapi: partners' feeds imported as posts, scheduled and on demand (feed-import/feed-import-service.ts).
  'feed-import': ({ strapi }: { strapi: Core.Strapi }) => new FeedImportService(strapi),
  // Strapi's core services for the content types, so that stock tooling (core controllers, REST) can use them.
  organisation: factories.createCoreService(UID.organisation),
  programme: factories.createCoreService(UID.programme),
  event: factories.createCoreService(UID.event),
  post: factories.createCoreService(UID.post),
  person: factories.createCoreService(UID.person),
};
