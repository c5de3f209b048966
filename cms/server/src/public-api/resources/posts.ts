/** Blog posts: list with filters, one post with its body as safe HTML. */
import type { ReadModel } from '../../read-model/read-model';
import type { Source } from '../../read-model/tables';
import type { Knex } from 'knex';
import {
  DEFAULT_LOCALE,
  type ContentLocale,
  type FeedQuery,
  type PostDetail,
  type PostListQuery,
  type PostSource,
  type PostSummary,
} from '@kumppani/contract';
import { parseQuery } from '../../search/tokens';
import { blocksToHtml } from '../../render/blocks-html';
import { canonicalIds, imagesOf, linkedRows, loadTaxonomy, type BaseRow, type Taxonomy } from '../../read-model/links';
import { AUTHOR_READS, authorRefs } from './people';
import {
  findBySlug,
  instant,
  list,
  pageMeta,
  textOrNull,
  whereJsonListHasAny,
  whereTaxonomy,
  whereText,
} from '../../read-model/query-helpers';
import { visibleRows, whereLinked, whereLinkedToSlugs } from '../../read-model/visible-rows';

/**
 * The tables a post list, feed or single post reads (the HTTP edge keys its cache by their fingerprint and
 * checks every response against this list): the posts (also related posts), blogs, topics, hero images,
 * and the authors' names and roles, and a syndicated post's feed source and its partner organisation. No regions (posts have none), and not the authors' organisations or photos,
 * which a post does not show.
 */
export const POST_READS = [
  'post',
  'blog',
  'topic',
  'media',
  ...AUTHOR_READS,
  'settings',
  'feed-source',
  'organisation',
] as const satisfies readonly Source[];

type PostFilters = Pick<PostListQuery, 'locale' | 'q' | 'blog' | 'tag' | 'topic' | 'author' | 'syndicated'>;

function filteredPosts(model: ReadModel, query: PostFilters, taxonomy: Taxonomy) {
  const { locale } = query;
  const table = model.table('post');
  const filtered = visibleRows(model, 'post', locale);
  whereText(model, filtered, 'post', locale, parseQuery(query.q, locale), taxonomy);
  whereTaxonomy(model, filtered, 'post', locale, taxonomy, query);
  if (query.tag?.length) whereJsonListHasAny(filtered, `t.${table.column('tags')}`, query.tag);
  if (query.blog?.length) {
    const blogSlugs = query.blog;
    whereLinked(model, filtered, 'post', locale, 'blog', 'blog', (target) =>
      target.whereIn(`target.${model.table('blog').column('slug')}`, blogSlugs),
    );
  }
  if (query.author?.length) whereLinkedToSlugs(model, filtered, 'post', locale, 'authors', 'person', query.author);
  if (query.syndicated !== undefined) {
    const fromFeeds = (builder: Knex.QueryBuilder) => whereLinked(model, builder, 'post', locale, 'feedSource', 'feed-source', () => {});
    if (query.syndicated) fromFeeds(filtered);
    else filtered.whereNot(fromFeeds);
  }
  return filtered;
}

async function hydrate(
  model: ReadModel,
  rows: BaseRow[],
  locale: ContentLocale,
  taxonomy: Taxonomy,
  base: string,
  withBody: boolean,
): Promise<(PostSummary & Partial<Pick<PostDetail, 'bodyHtml' | 'relatedPosts'>>)[]> {
  const canonical = await canonicalIds(model, 'post', rows);
  const ids = [...new Set(canonical.values())];
  const [authors, blogs, topics, heroes, related, sources] = await Promise.all([
    linkedRows(model, 'post', 'authors', 'person', ids),
    linkedRows(model, 'post', 'blog', 'blog', ids),
    linkedRows(model, 'post', 'topics', 'topic', ids),
    imagesOf(model, 'post', 'heroImage', ids, base),
    withBody
      ? linkedRows(model, 'post', 'relatedPosts', 'post', ids)
      : Promise.resolve(new Map<number, { id: number; document_id: string }[]>()),
    linkedRows(model, 'post', 'feedSource', 'feed-source', ids),
  ]);
  const sourceById = await postSources(
    model,
    [...sources.values()].flat().map((source) => source.id),
    locale,
  );
  const blogTable = model.table('blog');
  const blogIds = [...new Set([...blogs.values()].flat().map((blog) => blog.id))];
  const blogRows = blogIds.length
    ? ((await model
        .knex(blogTable.name)
        .select('id', 'slug', 'name', `${blogTable.column('website')} as website`)
        .whereIn('id', blogIds)) as {
        id: number;
        slug: string;
        name: string;
        website: string | null;
      }[])
    : [];
  const blogById = new Map(blogRows.map((blog) => [blog.id, { slug: blog.slug, name: blog.name, url: textOrNull(blog.website) }]));
  const pages = await model.publicPages();
  const relatedIds = [...new Set([...related.values()].flat().map((link) => link.document_id))];
  const [people, relatedPosts] = await Promise.all([
    authorRefs(
      model,
      [...authors.values()].flat().map((link) => link.document_id),
      locale,
    ),
    relatedSummaries(model, relatedIds, locale, taxonomy, base),
  ]);
  return rows.map((row) => {
    const id = canonical.get(row.id)!;
    const hero = heroes.get(id);
    const blog = blogs.get(id)?.[0];
    const post: PostSummary & Partial<Pick<PostDetail, 'bodyHtml' | 'relatedPosts'>> = {
      id: row.document_id,
      slug: row.slug as string,
      locale: row.locale,
      title: row.title as string,
      lead: textOrNull(row.lead),
      heroImage: hero ? { ...hero, alt: textOrNull(row.hero_image_alt) ?? '', caption: textOrNull(row.hero_image_caption) } : null,
      authors: (authors.get(id) ?? []).flatMap((link) => {
        const author = people.get(link.document_id);
        return author ? [author] : [];
      }),
      blog: blog ? (blogById.get(blog.id) ?? null) : null,
      tags: list(row.tags),
      topics: (topics.get(id) ?? []).flatMap((topic) => taxonomy.topics.get(topic.id) ?? []),
      publishedDate: instant(row.published_date),
      canonicalUrl: textOrNull(row.canonical_url),
      source: sourceById.get(sources.get(id)?.[0]?.id ?? -1) ?? null,
      url: null,
      updatedAt: instant(row.updated_at),
    };
    post.url = pages.postUrl({ ...post, blogSlug: post.blog?.slug ?? null });
    if (withBody) {
      post.bodyHtml = blocksToHtml(row.body, base);
      post.relatedPosts = (related.get(id) ?? []).flatMap((link) => {
        const ref = relatedPosts.get(link.document_id);
        return ref ? [{ slug: ref.slug, title: ref.title, locale: ref.locale, url: ref.url }] : [];
      });
    }
    return post;
  });
}

/**
 * The feed sources of syndicated posts, as a post names them: the partner organisation's published name and
 * website (in `locale`, else in Finnish), else the source's own name and its feed's origin. Nothing private of
 * the source (its errors, validators) is read.
 */
async function postSources(model: ReadModel, sourceIds: number[], locale: ContentLocale): Promise<Map<number, PostSource>> {
  const result = new Map<number, PostSource>();
  if (sourceIds.length === 0) return result;
  const table = model.table('feed-source');
  const rows = (await model
    .knex(table.name)
    .select('id', `${table.column('name')} as name`, `${table.column('feedUrl')} as feed_url`)
    .whereIn('id', [...new Set(sourceIds)])) as { id: number; name: string; feed_url: string }[];
  const partners = await linkedRows(
    model,
    'feed-source',
    'organisation',
    'organisation',
    rows.map((row) => row.id),
  );
  const organisation = model.table('organisation');
  const partnerDocuments = [...new Set([...partners.values()].flat().map((partner) => partner.document_id))];
  const partnerRows = partnerDocuments.length
    ? ((await model
        .knex(organisation.name)
        .select(
          `${organisation.column('documentId')} as document_id`,
          `${organisation.column('name')} as name`,
          `${organisation.column('website')} as website`,
          `${organisation.column('locale')} as locale`,
        )
        .whereIn(organisation.column('documentId'), partnerDocuments)
        .whereIn(organisation.column('locale'), [...new Set([locale, DEFAULT_LOCALE])])
        .whereNotNull(organisation.column('publishedAt'))) as {
        document_id: string;
        name: string;
        website: string | null;
        locale: string;
      }[])
    : [];
  const partnerByDocument = new Map<string, { name: string; website: string | null; locale: string }>();
  for (const partner of partnerRows) {
    const known = partnerByDocument.get(partner.document_id);
    if (!known || partner.locale === locale) partnerByDocument.set(partner.document_id, partner);
  }
  for (const row of rows) {
    const partner = partnerByDocument.get(partners.get(row.id)?.[0]?.document_id ?? '');
    let feedSite: string | null = null;
    try {
      feedSite = new URL(row.feed_url).origin;
    } catch {
      // A feed address is validated when saved; an old, unreadable one gives no link.
    }
    result.set(row.id, { name: partner?.name ?? row.name, url: textOrNull(partner?.website) ?? feedSite });
  }
  return result;
}

/**
 * The related posts that are published, as summaries by document id: a related post's page address follows the
 * same precedence as the post's own (canonical URL, its blog's site, the posts' template).
 */
async function relatedSummaries(model: ReadModel, documentIds: string[], locale: ContentLocale, taxonomy: Taxonomy, base: string) {
  if (documentIds.length === 0) return new Map<string, PostSummary>();
  const rows = (await visibleRows(model, 'post', locale)
    .whereIn(`t.${model.table('post').column('documentId')}`, documentIds)
    .select('t.*')) as BaseRow[];
  const summaries = await hydrate(model, rows, locale, taxonomy, base, false);
  return new Map(summaries.map((summary) => [summary.id, summary]));
}

async function page(model: ReadModel, query: PostFilters, offset: number, limit: number, base: string, withBody: boolean) {
  const table = model.table('post');
  const taxonomy = await loadTaxonomy(model, query.locale, false);
  const filtered = filteredPosts(model, query, taxonomy);
  const [{ total }] = (await filtered.clone().count({ total: '*' })) as { total: number | string }[];
  const rows = (await filtered
    .clone()
    .select('t.*')
    .orderBy([
      { column: `t.${table.column('publishedDate')}`, order: 'desc' },
      { column: 't.id', order: 'desc' },
    ])
    .offset(offset)
    .limit(limit)) as BaseRow[];
  return { total: Number(total), data: await hydrate(model, rows, query.locale, taxonomy, base, withBody) };
}

export async function listPosts(model: ReadModel, query: PostListQuery, base: string) {
  const { page: pageNumber, pageSize, ...filters } = query;
  const { total, data } = await page(model, filters, (pageNumber - 1) * pageSize, pageSize, base, false);
  return { data: data as PostSummary[], meta: pageMeta(pageNumber, pageSize, total) };
}

/** The newest posts with full bodies, for feeds. */
export async function feedPosts(model: ReadModel, query: FeedQuery, base: string): Promise<PostDetail[]> {
  return (await page(model, query, 0, query.limit, base, true)).data as PostDetail[];
}

/** A blog as a feed's channel presents it. */
export interface FeedBlog {
  slug: string;
  name: string;
  description: string | null;
  website: string | null;
}

/** The blogs a feed is filtered to (in the order of the query), for the channel's title, description and link. */
export async function feedBlogs(model: ReadModel, query: FeedQuery): Promise<FeedBlog[]> {
  if (!query.blog?.length) return [];
  const table = model.table('blog');
  const rows = (await model
    .knex(table.name)
    .select('slug', 'name', `${table.column('description')} as description`, `${table.column('website')} as website`)
    .whereIn(table.column('slug'), query.blog)) as FeedBlog[];
  const bySlug = new Map(
    rows.map((row) => [row.slug, { ...row, description: textOrNull(row.description), website: textOrNull(row.website) }]),
  );
  return query.blog.flatMap((slug) => bySlug.get(slug) ?? []);
}

export async function findPost(model: ReadModel, slug: string, locale: ContentLocale, base: string): Promise<PostDetail | null> {
  const row = await findBySlug(model, 'post', slug, locale);
  if (!row) return null;
  const [post] = await hydrate(model, [row], locale, await loadTaxonomy(model, locale, false), base, true);
  return post as PostDetail;
}
