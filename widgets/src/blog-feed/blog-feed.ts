import { BlogFeed } from './blog-feed.component.js';

export * from './blog-feed.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const BLOG_FEED_TAG = 'blog-feed';
if (!customElements.get(BLOG_FEED_TAG)) customElements.define(BLOG_FEED_TAG, BlogFeed);

declare global {
  interface HTMLElementTagNameMap {
    'blog-feed': BlogFeed;
  }
}
