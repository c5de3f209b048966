import { css } from 'lit';

export const styles = css`
  /* Said in words; the notice colours and the thick border only underline it. */
  .event-status {
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 0.0625em solid currentColor;
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    color: var(--_notice);
    background: var(--_notice-surface);
    font-weight: 700;
  }
  .event-status span {
    font-weight: 400;
  }
`;
