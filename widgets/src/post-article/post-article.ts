import { PostArticle } from './post-article.component.js';

export * from './post-article.component.js';

/** Guarded: host pages sometimes load the script twice (a theme and a plugin), and define() would throw. */
export const POST_ARTICLE_TAG = 'post-article';
if (!customElements.get(POST_ARTICLE_TAG)) customElements.define(POST_ARTICLE_TAG, PostArticle);

declare global {
  interface HTMLElementTagNameMap {
    'post-article': PostArticle;
  }
}
