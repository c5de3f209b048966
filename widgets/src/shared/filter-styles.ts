import { css } from 'lit';

/**
 * Styles of the reader's filters (shared/filters.ts): the search field, date fields, fieldsets and checkboxes,
 * and the narrow layout. `.layout` is a size container: the layout follows the element's width (a 240 px
 * sidebar is narrow on a wide screen too), not the viewport's.
 */
export const filterStyles = css`
  .layout {
    container-type: inline-size;
  }
  .filter-bar {
    display: none;
  }
  @container (width < 40em) {
    .filter-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: center;
      justify-content: space-between;
    }
    .filter-bar:not(.open) + * {
      display: none;
    }
    /* The bar says the count first; the status line stays the live region that announces changes. */
    .filter-bar ~ .results .status {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  label[for='search'] {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input[type='search'],
  input[type='date'] {
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  input[type='search'] {
    flex: 1 1 12em;
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
  .count {
    color: var(--_muted);
  }
`;
