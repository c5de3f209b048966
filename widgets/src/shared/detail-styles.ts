import { css } from 'lit';

/**
 * The layout the detail elements share (shared/detail-element.ts): the item's heading, its facts as a
 * description list (label above value in a narrow container, beside it in a wide one: a container query,
 * since the element may sit in a sidebar of a wide page), lists of references and the not-found message.
 */
export const detailStyles = css`
  .detail {
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  .detail h2 {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.125em;
    margin: var(--_space) 0 0.5em;
  }
  .detail p {
    margin: 0 0 0.75em;
  }
  .muted {
    color: var(--_muted);
  }
  .not-found {
    padding: var(--_space);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .facts {
    margin: var(--_space) 0;
    display: grid;
    gap: 0.5em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  @container (min-width: 36em) {
    .facts > div {
      display: grid;
      grid-template-columns: 11em minmax(0, 1fr);
      gap: var(--_space);
    }
  }
  /* Names in a row, separated by commas that are read too (not by space alone). */
  .refs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375em;
  }
  .refs > li:not(:last-child)::after {
    content: ',';
  }
  .description {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  img {
    max-width: 100%;
    height: auto;
  }
`;
