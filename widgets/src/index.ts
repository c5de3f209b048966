/** All Kumppani elements; importing this module defines them. */
export * from './partner-directory/partner-directory.js';
export * from './event-list/event-list.js';
export * from './blog-feed/blog-feed.js';
export * from './programme-list/programme-list.js';
export * from './organisation-detail/organisation-detail.js';
export * from './event-detail/event-detail.js';
export * from './post-article/post-article.js';
export type { KumppaniEventMap, KumppaniFilterChangeDetail, KumppaniPageChangeDetail, KumppaniSelectDetail } from './shared/events.js';
export type { UiLocale } from './shared/i18n.js';
