/**
 * Whether the page behind `el` is dark: its first background that is not transparent, on `el` or an ancestor
 * (across shadow roots), is darker than the middle; with none, the canvas, which is dark when the page's
 * `color-scheme` allows dark and the reader prefers it. Background colours only (not images or gradients),
 * read when the theme is set: a page that switches its colours in place sets `theme` instead.
 */
export function isDarkBehind(el: Element): boolean {
  for (let node: Element | undefined = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
    // Computed colours are `rgb(r, g, b)` or `rgba(r, g, b, a)`; a transparent one has alpha 0.
    const [r, g, b, alpha = 1] = getComputedStyle(node)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number) as [number, number, number, number?];
    // Perceived brightness (the W3C/ERT formula, 0 to 255 000): below the middle, light text reads better.
    if (alpha) return r * 299 + g * 587 + b * 114 < 128e3;
  }
  return /dark/.test(getComputedStyle(document.documentElement).colorScheme) && matchMedia('(prefers-color-scheme: dark)').matches;
}
