import { css } from 'lit';

export const styles = css`
  .list {
    grid-template-columns: repeat(auto-fill, minmax(min(18em, 100%), 1fr));
  }
  .title {
    margin-block-end: 0.5em;
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
  .pagination {
    justify-content: center;
  }
`;
