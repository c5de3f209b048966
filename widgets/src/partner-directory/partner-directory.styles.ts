import { css } from 'lit';

/** The directory's own styles; the search field and the filters' are in shared/filter-styles.ts. */
export const styles = css`
  .search {
    margin-block-end: var(--_space);
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
  /* Narrow (filter-styles.ts): the count and the disclosure, the filters, then the results, one below another. */
  @container (width < 40em) {
    .layout > * {
      flex-basis: 100%;
    }
  }
  /* The kinds of regions inside the region fieldset: headed groups without a frame of their own. */
  .subgroup {
    margin: 0.25em 0 0;
    padding: 0;
    border: 0;
  }
  .subgroup legend {
    padding: 0;
  }
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
