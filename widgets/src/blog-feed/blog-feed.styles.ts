import { css } from 'lit';

export const styles = css`
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  .status,
  .meta,
  .feeds {
    color: var(--_muted);
  }
  .status {
    margin-block: 0.25em var(--_space);
  }
  /* Reserves the height of a few posts while the first page loads, so the page does not jump. */
  .placeholder {
    min-height: 20em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  :host([layout='grid']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
  }
  /* List layout: the image beside the text when there is room, above it at 320 px (no media queries). */
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    height: 100%;
    padding: var(--_space);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
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
  .title {
    font-size: 1.125em;
    margin: 0;
  }
  .card p {
    margin: 0.25em 0 0;
  }
  /* Read-more links line up at the bottom of the cards of a grid row. */
  .card .more {
    margin-block-start: auto;
    padding-block-start: 0.5em;
  }
  .empty {
    padding: var(--_space);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .feeds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block: var(--_space) 0;
  }
`;
