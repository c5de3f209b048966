/**
 * Whether the page behind `el` is dark. The background colours of `el` and its ancestors (across shadow
 * roots) are painted bottom-up on one canvas pixel over the page's canvas (dark when the page's `color-scheme`
 * is dark, or allows dark and the reader prefers it), so that translucent layers mix as on screen and any CSS colour
 * syntax (oklch(), color(), lab()) counts; the pixel's perceived brightness (the W3C/ERT formula) decides.
 * Background colours only (not images or gradients), read when the theme is set: a page that switches its
 * colours in place sets `theme` instead.
 */
export function isDarkBehind(el: Element): boolean {
  // The page's colour schemes, from its root style or its <meta name="color-scheme">: dark alone, or dark
  // among others when the reader prefers dark.
  const schemes = `${getComputedStyle(document.documentElement).colorScheme} ${document.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content}`;
  const darkCanvas = /dark/.test(schemes) && (!/light/.test(schemes) || matchMedia('(prefers-color-scheme: dark)').matches);
  const layers = [darkCanvas ? '#121212' : '#fff'];
  for (let node: Element | undefined = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host)
    layers.splice(1, 0, getComputedStyle(node).backgroundColor);
  const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return darkCanvas;
  // An empty value (an element not in the document yet) is not a colour: the canvas would repeat the layer below.
  for (const colour of layers.filter(Boolean)) {
    pixel.fillStyle = colour;
    pixel.fillRect(0, 0, 1, 1);
  }
  const [r, g, b, alpha] = pixel.getImageData(0, 0, 1, 1).data as unknown as number[];
  // A pixel that cannot be read back (fingerprinting protection gives noise or zeros) is no answer.
  return alpha == 255 ? r! * 299 + g! * 587 + b! * 114 < 128e3 : darkCanvas;
}
