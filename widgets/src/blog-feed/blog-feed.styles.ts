import { css } from 'lit';

export const styles = css`
  .status,
  .meta,
  .feeds {
    color: var(--_muted);
  }
  .list {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([layout='grid']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
  }
  /* List layout: the image beside the text when there is room, above it at 320 px (no media queries). */
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  :host([layout='grid']) .card {
    flex-direction: column;
    flex-wrap: nowrap;
  }
  .body {
    flex: 999 1 16em;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  /* Shown first, read after the title: the heading opens the article for screen reader users. */
  .image {
    order: -1;
    flex: 1 1 10em;
    min-width: 0;
    max-width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  :host(:not([layout='grid'])) .image {
    max-width: 18em;
    align-self: flex-start;
  }
  :host([layout='grid']) .image {
    flex: none;
    width: 100%;
  }
  /* Read-more links line up at the bottom of the cards of a grid row. */
  .card .more {
    margin-block-start: auto;
    padding-block-start: 0.5em;
  }
  .feeds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block: var(--_space) 0;
  }
`;
