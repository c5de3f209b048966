/**
 * Whether the page behind `el` is dark. The background colours of `el` and its ancestors (across shadow
 * roots) are painted bottom-up on one canvas pixel over the page's canvas (dark when the page's `color-scheme`
 * allows dark and the reader prefers it), so that translucent layers mix as on screen and any CSS colour
 * syntax (oklch(), color(), lab()) counts; the pixel's perceived brightness (the W3C/ERT formula) decides.
 * Background colours only (not images or gradients), read when the theme is set: a page that switches its
 * colours in place sets `theme` instead.
 */
export function isDarkBehind(el: Element): boolean {
  const layers = [
    /dark/.test(getComputedStyle(document.documentElement).colorScheme) && matchMedia('(prefers-color-scheme: dark)').matches
      ? '#121212'
      : '#fff',
  ];
  for (let node: Element | undefined = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host)
    layers.splice(1, 0, getComputedStyle(node).backgroundColor);
  const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  for (const colour of layers) {
    pixel.fillStyle = colour;
    pixel.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = pixel.getImageData(0, 0, 1, 1).data as unknown as number[];
  return r! * 299 + g! * 587 + b! * 114 < 128e3;
}
