import { css } from 'lit';

/**
 * Theme tokens and the building blocks every element shares. Sizes are in em (never rem): the element
 * follows the font size of where it is placed, but never below 16px (a host's `html { font-size: 62.5% }`
 * with no body size would give 10px); `--kumppani-font-size` sets it outright.
 * Two default palettes, both WCAG 2.1 AA (docs/accessibility.md has the table): light, and dark
 * (`data-scheme="dark"`, set from the page's background by shared/theme.ts), for the text outside the cards
 * sits on the host's background. Borders #767676 serve both: 4.5:1 on white, 3.5:1 on the dark cards.
 */
export const baseStyles = css`
  :host {
    --_text: var(--kumppani-color-text, #1f2328);
    --_muted: var(--kumppani-color-muted, #545b64);
    --_surface: var(--kumppani-color-surface, #fff);
    --_border: var(--kumppani-color-border, #767676);
    --_accent: var(--kumppani-color-accent, #0b5394);
    --_on-accent: var(--kumppani-color-on-accent, #fff);
    --_focus: var(--kumppani-color-focus, #b3400b);
    --_error: var(--kumppani-color-error, #8a1c1c);
    --_error-surface: var(--kumppani-color-error-surface, #fdecec);
    --_notice: var(--kumppani-color-notice, #5c3d00);
    --_notice-surface: var(--kumppani-color-notice-surface, #fff4d6);
    --_radius: var(--kumppani-radius, 0.375em);
    --_space: var(--kumppani-spacing, 1em);

    display: block;
    box-sizing: border-box;
  }
  :host([data-scheme='dark']) {
    color-scheme: dark;
    --_text: var(--kumppani-color-text, #e8eaed);
    --_muted: var(--kumppani-color-muted, #b4bac2);
    --_surface: var(--kumppani-color-surface, #1e2024);
    --_accent: var(--kumppani-color-accent, #8ab4f8);
    --_on-accent: var(--kumppani-color-on-accent, #111);
    --_focus: var(--kumppani-color-focus, #ff9d5c);
    --_error: var(--kumppani-color-error, #ffb4ab);
    --_error-surface: var(--kumppani-color-error-surface, #3d1616);
    --_notice: var(--kumppani-color-notice, #ffd27a);
    --_notice-surface: var(--kumppani-color-notice-surface, #33270a);
  }
  /* Logos are made for white pages: a dark one on a transparent background would vanish on a dark card. */
  :host([data-scheme='dark']) .logo {
    background: #fff;
    padding: 0.25em;
  }
  /* Set on the shadow tree's top nodes rather than :host: a host page's reset such as
     "* { color: inherit; line-height: 1; box-sizing: content-box }" matches the element itself and wins. */
  :host > * {
    font-family: var(--kumppani-font-family, inherit);
    font-size: var(--kumppani-font-size, max(1em, 16px));
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 0.0625em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button:disabled {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice,
  .error {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 0.0625em solid currentColor;
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
  }
  .notice {
    color: var(--_notice);
    background: var(--_notice-surface);
  }
  .error {
    color: var(--_error);
    background: var(--_error-surface);
  }
  .error p,
  .notice p {
    margin: 0 0 0.5em;
  }
  /* The results: heading, status line, a list of cards, and the loading and empty states. */
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
    /* One column that is always the list's width, whatever its cards measured before (see below). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  /* A long list (over 50 cards; <event-list> marks its day groups "long" when it shows more): the browser lays out and paints only the cards near the viewport (the
     others keep a placeholder height, then their last real one), which is most of the cost of showing 500.
     They stay in the accessibility tree and in find-in-page. Only the height is remembered: a remembered
     width would overflow once the page gets narrower. The price is paint containment: nothing a card draws
     outside itself (a host's box-shadow, the focus outline) shows, so shorter lists go without. */
  .list:has(> :nth-child(51)) > li,
  .long > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12em;
  }
  .card {
    height: 100%;
    padding: var(--_space);
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /* Drawn inside in a long list: its items clip what is painted outside them (content-visibility). */
  .list:has(> :nth-child(51)) .card:focus-visible,
  .long .card:focus-visible {
    outline-offset: -0.3125em;
  }
  .card p {
    margin: 0.25em 0 0;
  }
  .title {
    font-size: 1.125em;
    margin: 0;
  }
  .empty {
    padding: var(--_space);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-block-start: var(--_space);
  }
`;
