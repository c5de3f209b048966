import { css } from 'lit';

export const styles = css`
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  .status {
    margin-block: 0.25em var(--_space);
  }
  /* Reserves the height of a few cards while the first page loads, so the page does not jump. */
  .placeholder {
    min-height: 20em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(18em, 100%), 1fr));
    gap: var(--_space);
  }
  .card {
    height: 100%;
    padding: var(--_space);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }
  .facts {
    margin: 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  /* The status is said in words, never by colour alone. */
  [part='programme-status'] {
    font-weight: 600;
  }
  .card p {
    margin: 0.5em 0 0;
  }
  /* Visual shortening only: screen readers still get the whole description. */
  .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .empty {
    padding: var(--_space);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .pagination {
    justify-content: center;
  }
`;
