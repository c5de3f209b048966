import { css } from 'lit';

export const styles = css`
  /* The logo beside the name when there is room, above it in a narrow container (no media queries). */
  .head {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .head > div {
    flex: 999 1 16em;
    min-width: 0;
  }
  .logo {
    flex: 0 1 auto;
    max-width: min(12em, 100%);
    max-height: 6em;
    width: auto;
    object-fit: contain;
  }
  .kind {
    margin: 0;
    color: var(--_muted);
  }
`;
