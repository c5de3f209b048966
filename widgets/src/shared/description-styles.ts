import { css } from 'lit';

/**
 * Descriptions shortened to four lines, visually only: screen readers and search still get the whole text.
 * A module of its own so that elements without descriptions do not carry it.
 */
export const descriptionStyles = css`
  .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
`;
