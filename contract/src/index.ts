/**
 * The public API contract of Kumppani: query and response schemas (zod/mini) and closed vocabularies.
 * Imported by the server and by the widgets, so nothing here may import server-only code.
 */
export * from './vocabulary';
export * from './query';
export * from './responses';
export * from './problem';
export * from './text';
