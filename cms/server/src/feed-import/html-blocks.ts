/**
 * A partner's full-text HTML as Strapi blocks, the form of a post's body: paragraphs, headings, lists, quotes,
 * preformatted code, links (http(s) and mailto, resolved against the item's address) and bold, italic, underline,
 * strikethrough and code text. Everything else gives its text only: images, tables, embeds, scripts and styles
 * (left out entirely) are not kept, so a syndicated body carries nothing the partner's site would have to serve.
 */
import { Parser } from 'htmlparser2';

type Text = { type: 'text'; text: string } & Partial<Record<'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', true>>;
type Link = { type: 'link'; url: string; children: Text[] };
type Inline = Text | Link;
type ListItem = { type: 'list-item'; children: Inline[] };
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; children: Text[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItem[] };

const MARKS: Record<string, keyof Omit<Text, 'type' | 'text'>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  del: 'strikethrough',
  strike: 'strikethrough',
  code: 'code',
};
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const PARAGRAPH_BREAKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'figure',
  'figcaption',
  'table',
  'tr',
  'header',
  'footer',
  'aside',
  'hr',
]);

function linkTarget(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The blocks of `html`; `base`: the item's address, for relative links. An empty or text-less fragment gives []. */
export function htmlToBlocks(html: string, base: string | null = null): Block[] {
  const blocks: Block[] = [];
  // The block being filled (its inline children), and what kind it becomes when closed.
  let current: { kind: 'paragraph' | 'heading' | 'quote' | 'code'; level?: number; inlines: Inline[] } | null = null;
  let list: { format: 'ordered' | 'unordered'; items: ListItem[]; depth: number } | null = null;
  let item: ListItem | null = null;
  const marks: (keyof Omit<Text, 'type' | 'text'>)[] = [];
  let link: Link | null = null;
  let skipped = 0;
  let pre = 0;

  const inlineTarget = (): Inline[] => {
    if (item) return item.children;
    current ??= { kind: 'paragraph', inlines: [] };
    return current.inlines;
  };
  const close = () => {
    if (!current) return;
    const { kind, level, inlines } = current;
    current = null;
    trim(inlines, kind === 'code');
    if (inlines.length === 0) return;
    if (kind === 'heading') blocks.push({ type: 'heading', level: level!, children: inlines });
    else if (kind === 'code')
      blocks.push({ type: 'code', children: inlines.flatMap((node) => (node.type === 'text' ? [node] : node.children)) });
    else blocks.push({ type: kind, children: inlines });
  };
  const closeItem = () => {
    if (!item || !list) return;
    trim(item.children, false);
    if (item.children.length) list.items.push(item);
    item = null;
  };
  const closeList = () => {
    closeItem();
    if (list?.items.length) blocks.push({ type: 'list', format: list.format, children: list.items });
    list = null;
  };
  const addText = (raw: string) => {
    const text = pre ? raw : raw.replace(/\s+/g, ' ');
    if (!text) return;
    const target = link ? link.children : inlineTarget();
    if (link && !item) inlineTarget();
    const node: Text = { type: 'text', text };
    for (const mark of marks) node[mark] = true;
    const last = target[target.length - 1];
    if (last?.type === 'text' && sameMarks(last, node)) last.text += text;
    else target.push(node);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipped || SKIPPED.has(name)) {
          skipped++;
          return;
        }
        if (name === 'ul' || name === 'ol') {
          if (list) {
            list.depth++;
            return;
          }
          close();
          list = { format: name === 'ol' ? 'ordered' : 'unordered', items: [], depth: 1 };
        } else if (name === 'li' && list) {
          if (list.depth === 1) {
            closeItem();
            item = { type: 'list-item', children: [] };
          } else addText(' ');
        } else if (/^h[1-6]$/.test(name) && !list) {
          close();
          current = { kind: 'heading', level: Math.max(2, Number(name[1])), inlines: [] };
        } else if (name === 'blockquote' && !list) {
          close();
          current = { kind: 'quote', inlines: [] };
        } else if (name === 'pre' && !list) {
          close();
          current = { kind: 'code', inlines: [] };
          pre++;
        } else if (PARAGRAPH_BREAKS.has(name) && !list) {
          if (current?.kind === 'paragraph') close();
        } else if (name === 'br') {
          addText('\n');
        } else if (name === 'a') {
          const url = linkTarget(attributes.href, base);
          if (url && !link) {
            link = { type: 'link', url, children: [] };
            (item ? item.children : inlineTarget()).push(link);
          }
        } else if (Object.hasOwn(MARKS, name)) {
          marks.push(MARKS[name]);
        }
      },
      ontext(text) {
        if (!skipped) addText(text);
      },
      onclosetag(name) {
        if (skipped) {
          skipped--;
          return;
        }
        if (name === 'ul' || name === 'ol') {
          if (list && list.depth > 1) list.depth--;
          else closeList();
        } else if (name === 'li') {
          if (list?.depth === 1) closeItem();
        } else if (/^h[1-6]$/.test(name) || name === 'blockquote' || PARAGRAPH_BREAKS.has(name)) {
          if (!list) close();
        } else if (name === 'pre') {
          pre = Math.max(0, pre - 1);
          if (!list) close();
        } else if (name === 'a') {
          if (link && link.children.length === 0) {
            const target = item ? item.children : (current?.inlines ?? []);
            target.splice(target.indexOf(link), 1);
          }
          link = null;
        } else if (Object.hasOwn(MARKS, name)) {
          const index = marks.lastIndexOf(MARKS[name]);
          if (index >= 0) marks.splice(index, 1);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (list) closeList();
  close();
  return blocks;
}

function sameMarks(a: Text, b: Text): boolean {
  return (['bold', 'italic', 'underline', 'strikethrough', 'code'] as const).every((mark) => Boolean(a[mark]) === Boolean(b[mark]));
}

/** Removes white space at the ends of a block, and text nodes left empty. */
function trim(inlines: Inline[], keepSpace: boolean): void {
  if (keepSpace) return;
  const edge = (node: Inline | undefined, side: 'start' | 'end') => {
    const text =
      node?.type === 'text' ? node : node?.type === 'link' ? node.children[side === 'start' ? 0 : node.children.length - 1] : undefined;
    if (text) text.text = side === 'start' ? text.text.trimStart() : text.text.trimEnd();
  };
  edge(inlines[0], 'start');
  edge(inlines[inlines.length - 1], 'end');
  for (let index = inlines.length - 1; index >= 0; index--) {
    const node = inlines[index];
    if (node.type === 'text' && node.text === '') inlines.splice(index, 1);
    else if (node.type === 'link') {
      node.children = node.children.filter((child) => child.text !== '');
      if (node.children.length === 0) inlines.splice(index, 1);
    }
  }
  if (inlines.every((node) => node.type === 'text' && node.text.trim() === '')) inlines.length = 0;
}
