/**
 * Strapi blocks → HTML for feeds and API clients. Everything is escaped; only known block types produce
 * markup, links keep http(s) and mailto targets only, and no attribute can carry script. Unknown nodes
 * contribute their text. Headings are shifted so that a post's body never contains an <h1>.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]);

type Node = {
  type?: string;
  text?: string;
  children?: Node[];
  level?: number;
  format?: string;
  url?: string;
  image?: { url?: string; alternativeText?: string | null; width?: number; height?: number };
} & Record<string, unknown>;

function safeUrl(url: unknown, base: string, allowMail: boolean): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim(), `${base}/`);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || (allowMail && parsed.protocol === 'mailto:'))
      return parsed.toString();
  } catch {
    // fall through
  }
  return null;
}

function renderText(node: Node): string {
  let html = escapeHtml(node.text ?? '').replace(/\n/g, '<br>');
  if (node.code) html = `<code>${html}</code>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  return html;
}

function renderNodes(nodes: unknown, base: string): string {
  return Array.isArray(nodes) ? nodes.map((node) => renderNode(node as Node, base)).join('') : '';
}

function renderNode(node: Node, base: string): string {
  if (!node || typeof node !== 'object') return '';
  const inner = () => renderNodes(node.children, base);
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(2, Number(node.level) || 2));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${inner()}</${tag}>`;
    }
    case 'list-item':
      return `<li>${inner()}</li>`;
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(plainText(node.children))}</code></pre>`;
    case 'link': {
      const href = safeUrl(node.url, base, true);
      return href ? `<a href="${escapeHtml(href)}">${inner()}</a>` : inner();
    }
    case 'image': {
      const src = safeUrl(node.image?.url, base, false);
      if (!src) return '';
      const size =
        node.image?.width && node.image?.height ? ` width="${Number(node.image.width)}" height="${Number(node.image.height)}"` : '';
      return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(node.image?.alternativeText ?? '')}"${size}></p>`;
    }
    default:
      return escapeHtml(plainText(node.children ?? (node.text ? [node] : [])));
  }
}

function plainText(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return nodes.map((node: Node) => (typeof node?.text === 'string' ? node.text : plainText(node?.children))).join('');
}

export function blocksToHtml(blocks: unknown, base: string): string {
  const parsed = typeof blocks === 'string' ? safeParse(blocks) : blocks;
  return renderNodes(parsed, base);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}
