import { css } from 'lit';

export const styles = css`
  .meta,
  figcaption {
    color: var(--_muted);
  }
  figure {
    margin: var(--_space) 0;
  }
  figure img {
    display: block;
    border-radius: calc(var(--_radius) / 2);
  }
  figcaption {
    margin-block-start: 0.25em;
    font-size: 0.875em;
  }
  .lead {
    font-size: 1.125em;
  }
  /* The body's own markup (paragraphs, headings h2–h6, lists, quotes, code, images, links). */
  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    font-size: 1.125em;
    margin: 1.25em 0 0.5em;
  }
  .body blockquote {
    margin: var(--_space) 0;
    padding-inline-start: var(--_space);
    border-inline-start: 0.25em solid var(--_border);
  }
  .body pre {
    overflow-x: auto;
  }
`;
