/**
 * Search text folding: lowercase, without diacritics, so that "Yhteistyo" finds "yhteistyö" and
 * "vanda" finds "Vanda". Stored in hidden columns at write time; the query is folded the same way.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Plain text of Strapi blocks, for the search index and feed summaries. */
export function blocksToPlainText(blocks: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node && typeof node === 'object') {
      const value = node as { text?: unknown; children?: unknown; type?: string };
      if (typeof value.text === 'string') parts.push(value.text);
      if (value.children) walk(value.children);
      if (value.type && value.type !== 'text' && value.type !== 'link') parts.push('\n');
    }
  };
  walk(blocks);
  return parts
    .join('')
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim();
}
