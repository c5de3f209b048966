/**
 * A partner's feed (RSS 2.0, RSS 1.0, Atom or JSON Feed, read by feedsmith) as the items an import makes posts
 * of: a key to find the same item again (its GUID or id, else its link), the link to the original, the title, a
 * plain-text summary, the full HTML where the feed has it (the import keeps it only where the feed source says
 * so), and the dates. A feed that declares XML entities is refused: a feed needs none, and entity expansion is
 * how an XML bomb works.
 */
import { parseFeed } from 'feedsmith';
import { Parser } from 'htmlparser2';
import { DateTime } from 'luxon';

export interface FeedItem {
  key: string;
  url: string | null;
  title: string;
  summary: string;
  /** The item's full HTML, where the feed gives more than a summary. */
  content: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
}

export interface PartnerFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {}

/** The longest plain-text summary kept: about three lines of a card. */
export const SUMMARY_LENGTH = 300;

/** The text of an HTML fragment (scripts and styles left out), white space collapsed. */
export function plainText(html: string | null | undefined): string {
  if (!html) return '';
  const parts: string[] = [];
  let skipped = 0;
  const parser = new Parser(
    {
      onopentag: (name) => void (name === 'script' || name === 'style' ? skipped++ : name === 'br' || name === 'p' ? parts.push(' ') : 0),
      onclosetag: (name) => void (name === 'script' || name === 'style' ? skipped-- : name === 'p' ? parts.push(' ') : 0),
      ontext: (text) => void (skipped ? 0 : parts.push(text)),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** At most SUMMARY_LENGTH characters, cut at a word with an ellipsis. */
export function summaryOf(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).trimEnd()}…`;
}

/** An RFC 822 date (RSS) or an ISO 8601 one (Atom, JSON Feed, Dublin Core) as an ISO instant, else null. */
function instantOf(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim();
  const parsed = DateTime.fromRFC2822(text, { zone: 'utc' }).isValid
    ? DateTime.fromRFC2822(text, { zone: 'utc' })
    : DateTime.fromISO(text, { zone: 'utc' });
  return parsed.isValid ? parsed.toISO() : null;
}

const httpUrl = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};

/**
 * feedsmith types each format in full; a partner's feed may leave out any field, so the reader below takes the
 * few it needs from each format loosely and checks each value it keeps (text, http(s) link, date).
 */
type Loose = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function item(format: PartnerFeed['format'], raw: Loose): FeedItem | null {
  const atom = format === 'atom';
  const json = format === 'json';
  const link = json
    ? httpUrl(raw.url)
    : atom
      ? httpUrl((raw.links as Loose[] | undefined)?.find((candidate) => !candidate.rel || candidate.rel === 'alternate')?.href)
      : httpUrl(raw.link);
  const guid = json ? raw.id : atom ? raw.id : (raw.guid?.value ?? raw.guid);
  const key = (typeof guid === 'string' && guid.trim()) || link;
  if (!key) return null; // nothing to know it by again
  const summaryHtml = json
    ? (raw.summary ?? raw.content_text ?? raw.content_html)
    : atom
      ? (raw.summary?.value ?? raw.content?.value)
      : raw.description;
  const content = json ? (raw.content_html ?? null) : atom ? (raw.content?.value ?? null) : (raw.content?.encoded ?? null);
  const title = plainText(json ? raw.title : atom ? raw.title?.value : raw.title) || summaryOf(plainText(summaryHtml)).slice(0, 80);
  return {
    key: key.trim(),
    url: link,
    title,
    summary: summaryOf(plainText(summaryHtml || content)),
    content: typeof content === 'string' && content.trim() ? content : null,
    publishedAt: instantOf(
      json ? raw.date_published : atom ? (raw.published ?? raw.updated) : (raw.pubDate ?? raw.dc?.dates?.[0] ?? raw.dc?.date),
    ),
    updatedAt: instantOf(json ? raw.date_modified : atom ? raw.updated : null),
  };
}

/** The feed in `text`, with at most `maxItems` items (the first ones, which feeds list newest first). */
/** The most items read from one feed: a feed lists its latest items, and WordPress gives 10 by default. */
export const DEFAULT_FEED_MAX_ITEMS = 100;

export function parsePartnerFeed(text: string, maxItems = DEFAULT_FEED_MAX_ITEMS): PartnerFeed {
  if (/<!ENTITY/i.test(text)) throw new FeedParseError('The feed declares XML entities, which feeds do not need: it is not read.');
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new FeedParseError(`Not an RSS, Atom or JSON feed: ${(error as Error).message}.`);
  }
  const format = parsed.format as PartnerFeed['format'];
  const feed = parsed.feed as Loose;
  const rawItems = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  return {
    format,
    title: plainText(format === 'atom' ? feed.title?.value : feed.title) || null,
    link:
      format === 'json'
        ? httpUrl(feed.home_page_url)
        : format === 'atom'
          ? httpUrl(feed.links?.find((l: Loose) => l.rel === 'alternate' || !l.rel)?.href)
          : httpUrl(feed.link),
    items: rawItems
      .slice(0, maxItems)
      .map((raw) => item(format, raw))
      .filter((entry): entry is FeedItem => entry !== null),
  };
}
