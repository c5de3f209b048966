/**
 * The public API contract of Kumppani, imported by the server, the admin and the widgets, so nothing here may
 * import server or DOM code. One module per resource (its query and response schemas and types), modules for
 * what the resources share, and plain values (vocabularies, patterns and limits) that need no zod. The
 * package has `sideEffects: false` and every schema is built pure (schema.ts): a bundle keeps only what it uses.
 */
export * from './api';
export * from './vocabulary';
export * from './patterns-and-limits';
export * from './text';
export * from './parameters';
export * from './references';
export * from './envelopes';
export * from './problem';
export * from './organisations';
export * from './programmes';
export * from './events';
export * from './recurrence';
export * from './posts';
export * from './embed-builder';
export * from './public-pages';
export * from './feed-sources';
