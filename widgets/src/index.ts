/** All Kumppani elements; importing this module defines them. */
export * from './partner-directory/partner-directory.js';
export * from './event-list/event-list.js';
export * from './blog-feed/blog-feed.js';
export * from './programme-list/programme-list.js';
export type { KumppaniEventMap, KumppaniFilterChangeDetail, KumppaniPageChangeDetail, KumppaniSelectDetail } from './shared/events.js';
export type { UiLocale } from './shared/i18n.js';
