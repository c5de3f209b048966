import { css } from 'lit';

export const styles = css`
  .search {
    margin-block-end: var(--_space);
  }
  .search label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input[type='search'] {
    flex: 1 1 12em;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Sidebar layout without media queries: filters beside results when there is room, above them at 320 px. */
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  .filters {
    flex: 1 1 14em;
  }
  .results {
    flex: 999 1 min(22em, 100%);
    min-width: 0;
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding-block: 0.25em;
    cursor: pointer;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .count,
  .kind,
  .regions {
    color: var(--_muted);
  }
  .list {
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
  }
  .logo {
    display: block;
    max-width: 8em;
    max-height: 4em;
    width: auto;
    height: auto;
    object-fit: contain;
    margin-block-end: 0.5em;
  }
`;
