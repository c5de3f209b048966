import { css } from 'lit';

export const styles = css`
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    margin: 0 0 var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_accent);
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
