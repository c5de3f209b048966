import { css } from 'lit';

export const styles = css`
  /* The options of a filter side by side, wrapping on a narrow page. */
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    align-items: flex-end;
  }
  form,
  .filter-bar {
    margin-block-end: var(--_space);
  }
  .search-row {
    margin-block-end: var(--_space);
  }
  .day {
    display: grid;
  }
  .list {
    gap: 0.75em;
  }
  [part='event-status'] {
    padding: 0 0.4em;
    font-size: 0.875em;
    border: 0.0625em solid currentColor;
    border-radius: var(--_radius);
    color: var(--_notice);
    background: var(--_notice-surface);
  }
  .muted {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
`;
