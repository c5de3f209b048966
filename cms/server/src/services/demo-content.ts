/**
 * Loads a demo dataset through the Document Service, so every item passes the same validation as an
 * editor's. Items already present (same fi slug) are skipped: loading twice changes nothing.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID, type ContentTypeName } from '../content-types/uids';
import { WEEKDAYS, type ContentLocale, type Recurrence } from '@kumppani/contract';
import { DateTime } from 'luxon';
import type { DemoDataset, DemoDateTime, DemoRecurrence } from '../demo-content/dataset';
import { HELSINKI, helsinkiDate, helsinkiWallTimeToUtc } from '../time/helsinki';
import { occurrencesBetween } from '../time/recurrence';

export interface DemoProgress {
  done: number;
  total: number;
  type: ContentTypeName;
  label: string;
  skipped: boolean;
}

export interface DemoSeedOptions {
  /** The demo's "today": relative event dates count from it. */
  now?: Date;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoSeedReport {
  created: Partial<Record<ContentTypeName, number>>;
  skipped: number;
}

type Data = Record<string, unknown>;
type Localizations = Record<string, Data & { draft?: boolean }>;
type DocumentsApi = {
  create(params: unknown): Promise<{ documentId: string }>;
  update(params: unknown): Promise<unknown>;
  publish(params: unknown): Promise<unknown>;
};

const STORE_KEY = 'demo-content';

/** Lists in the dataset (alternate names, goals) are text with one item per line in the CMS. */
function linesToText(localizations: object, field: string): Localizations {
  return Object.fromEntries(
    Object.entries(localizations as Localizations).map(([locale, data]) => {
      const value = data[field];
      return [locale, Array.isArray(value) ? { ...data, [field]: value.join('\n') } : data];
    }),
  );
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (name: ContentTypeName) => strapi.documents(UID[name] as never) as unknown as DocumentsApi;
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });

  function toInstant(value: DemoDateTime, now: Date): Date {
    if ('at' in value) {
      const [date, time] = value.at.split('T');
      return helsinkiWallTimeToUtc(date, time.slice(0, 5));
    }
    if ('inDays' in value) return helsinkiWallTimeToUtc(helsinkiDate(now, value.inDays), value.time);
    // Within two months from tomorrow there is always such a day, also the first of a month.
    for (let days = 1; days <= 62; days++) {
      const date = helsinkiDate(now, days);
      const day = DateTime.fromISO(date, { zone: HELSINKI });
      if (WEEKDAYS[day.weekday - 1] === value.weekday && (!value.firstOfMonth || day.day <= 7))
        return helsinkiWallTimeToUtc(date, value.time);
    }
    throw new Error(`No ${value.weekday} found for a demo start`);
  }

  /** A demo series as the event stores it: its skipped and cancelled occurrences by their dates. */
  function toRecurrence(demo: DemoRecurrence, startsAt: Date, endsAt: Date | null): Recurrence {
    const { skip = [], cancel = [], ...rule } = demo;
    const recurrence: Recurrence = {
      interval: 1,
      weekdays: [],
      monthlyBy: 'weekday',
      until: null,
      exceptions: [],
      changes: [],
      ...rule,
    };
    const dates = occurrencesBetween({ startsAt, endsAt }, recurrence, startsAt, new Date(Date.UTC(2200, 0, 1))).map((occurrence) =>
      helsinkiDate(occurrence.startsAt),
    );
    return {
      ...recurrence,
      exceptions: skip.map((place) => dates[place]),
      changes: cancel.map((place) => ({ date: dates[place], status: 'cancelled' as const })),
    };
  }

  return {
    /** True once a dataset has been loaded into this database. */
    async isLoaded(): Promise<boolean> {
      return Boolean(await store().get({}));
    },

    async seed(dataset: DemoDataset, options: DemoSeedOptions = {}): Promise<DemoSeedReport> {
      const now = options.now ?? new Date();
      const report: DemoSeedReport = { created: {}, skipped: 0 };
      const total =
        dataset.organisations.length +
        dataset.people.length +
        dataset.blogs.length +
        dataset.programmes.length +
        dataset.events.length +
        (dataset.feedSources?.length ?? 0) +
        dataset.posts.length;
      let done = 0;
      /** documentId by dataset key (by slug for regions and topics), per type. */
      const ids = Object.fromEntries(Object.keys(UID).map((name) => [name, new Map<string, string>()])) as Record<
        ContentTypeName,
        Map<string, string>
      >;

      for (const name of ['region', 'topic'] as const) {
        const rows = (await strapi.db.query(UID[name] as never).findMany({ select: ['slug', 'documentId'] })) as {
          slug: string;
          documentId: string;
        }[];
        for (const row of rows) ids[name].set(row.slug, row.documentId);
      }

      const ref = (name: ContentTypeName, key: string, owner: string): string => {
        const documentId = ids[name].get(key);
        if (!documentId) throw new Error(`Demo content: ${owner} refers to unknown ${name} "${key}"`);
        return documentId;
      };
      /**
       * A relation value for the Document Service. Links between translated documents live on the Finnish
       * version (Strapi would otherwise need the target to exist in every locale), so translations get none.
       */
      const link = (name: ContentTypeName, keys: string[] | undefined, owner: string, locale: string | null) => {
        if (locale !== null && locale !== 'fi') return [];
        return (keys ?? []).map((key) => (locale ? { documentId: ref(name, key, owner), locale } : { documentId: ref(name, key, owner) }));
      };
      const connect = (items: { documentId: string; locale?: string }[]) => (items.length ? { set: items } : undefined);
      const connectOne = (items: { documentId: string; locale?: string }[]) => (items.length ? { set: items } : undefined);
      const withoutUndefined = (data: Data): Data => Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

      const progress = (type: ContentTypeName, label: string, skipped: boolean) => {
        done += 1;
        if (skipped) report.skipped += 1;
        else report.created[type] = (report.created[type] ?? 0) + 1;
        options.onProgress?.({ done, total, type, label, skipped });
      };

      // Everything is written as drafts first and published at the end, once every relation is in place,
      // in dependency order, so that published versions link to published targets.
      const toPublish: { name: ContentTypeName; documentId: string; locale: string }[] = [];

      /** Creates a localized, draft-and-publish document with its translations (as drafts). */
      const writeTranslatable = async (
        name: ContentTypeName,
        key: string,
        state: string | undefined,
        localizations: Localizations,
        shared: (locale: string) => Data,
        label: string,
      ) => {
        const fiSlug = (localizations.fi.slug ?? shared('fi').slug) as string;
        const existing = (await strapi.db
          .query(UID[name] as never)
          .findOne({ select: ['documentId'], where: { slug: fiSlug, locale: 'fi' } })) as { documentId: string } | null;
        if (existing) {
          ids[name].set(key, existing.documentId);
          progress(name, label, true);
          return;
        }
        const { draft: _fiDraft, ...fi } = localizations.fi;
        const created = await documents(name).create({ locale: 'fi', data: withoutUndefined({ ...shared('fi'), ...fi }) });
        const documentId = created.documentId;
        ids[name].set(key, documentId);
        const locales = new Set<string>(['fi']);
        for (const locale of Object.keys(localizations).filter((locale) => locale !== 'fi') as ContentLocale[]) {
          const { draft: _draft, ...translation } = localizations[locale];
          await documents(name).update({ documentId, locale, data: withoutUndefined({ ...shared(locale), ...translation }) });
          locales.add(locale);
        }
        if (state !== 'draft') {
          for (const locale of locales) {
            if (!localizations[locale].draft) toPublish.push({ name, documentId, locale });
          }
        }
        progress(name, label, false);
      };

      const parents: { key: string; parent: string }[] = [];
      for (const org of dataset.organisations) {
        const { key, state, localizations, regions, topics, parent, ...fields } = org;
        if (parent) parents.push({ key, parent });
        await writeTranslatable(
          'organisation',
          key,
          state,
          linesToText(localizations, 'alternateNames'),
          () => ({
            ...fields,
            regions: connect(link('region', regions, key, null)),
            topics: connect(link('topic', topics, key, null)),
          }),
          localizations.fi.name,
        );
      }
      for (const { key, parent } of parents) {
        const documentId = ids.organisation.get(key)!;
        await documents('organisation').update({
          documentId,
          locale: 'fi',
          data: { parent: connectOne(link('organisation', [parent], key, 'fi')) },
        });
      }

      for (const person of dataset.people) {
        const { key, state, localizations, organisation, ...fields } = person;
        await writeTranslatable(
          'person',
          key,
          state,
          localizations as unknown as Localizations,
          (locale) => ({
            ...fields,
            organisation: connectOne(link('organisation', organisation ? [organisation] : [], key, locale)),
          }),
          person.name,
        );
      }

      for (const blog of dataset.blogs) {
        const { key, organisation, ...fields } = blog;
        const existing = (await strapi.db.query(UID.blog as never).findOne({ select: ['documentId'], where: { slug: blog.slug } })) as {
          documentId: string;
        } | null;
        if (existing) {
          ids.blog.set(key, existing.documentId);
          progress('blog', blog.name, true);
          continue;
        }
        const created = await documents('blog').create({
          data: { ...fields, organisation: connectOne(link('organisation', organisation ? [organisation] : [], key, 'fi')) },
        });
        ids.blog.set(key, created.documentId);
        progress('blog', blog.name, false);
      }

      for (const programme of dataset.programmes) {
        const { key, state, localizations, administrator, partners, funders, regions, topics, contacts, ...fields } = programme;
        await writeTranslatable(
          'programme',
          key,
          state,
          linesToText(localizations, 'goals'),
          (locale) => ({
            ...fields,
            administrator: connectOne(link('organisation', administrator ? [administrator] : [], key, locale)),
            partners: connect(link('organisation', partners, key, locale)),
            funders: connect(link('organisation', funders, key, locale)),
            regions: connect(link('region', regions, key, null)),
            topics: connect(link('topic', topics, key, null)),
            contacts: connect(link('person', contacts, key, locale)),
          }),
          localizations.fi.name,
        );
      }
      for (const event of dataset.events) {
        const {
          key,
          state,
          localizations,
          startsAt,
          durationMinutes,
          registrationClosesDaysBefore,
          previousStartsAt,
          recurrence,
          organisers,
          programme,
          regions,
          topics,
          ...fields
        } = event;
        const start = toInstant(startsAt, now);
        const end = durationMinutes ? new Date(start.getTime() + durationMinutes * 60_000) : undefined;
        const deadline =
          registrationClosesDaysBefore === undefined
            ? undefined
            : helsinkiWallTimeToUtc(helsinkiDate(start, -registrationClosesDaysBefore), '23:59');
        await writeTranslatable(
          'event',
          key,
          state,
          localizations as unknown as Localizations,
          (locale) => ({
            ...fields,
            startsAt: start.toISOString(),
            endsAt: end?.toISOString(),
            registrationDeadline: deadline?.toISOString(),
            previousStartsAt: previousStartsAt ? toInstant(previousStartsAt, now).toISOString() : undefined,
            recurrence: recurrence ? toRecurrence(recurrence, start, end ?? null) : undefined,
            organisers: connect(link('organisation', organisers, key, locale)),
            programme: connectOne(link('programme', programme ? [programme] : [], key, locale)),
            regions: connect(link('region', regions, key, null)),
            topics: connect(link('topic', topics, key, null)),
          }),
          localizations.fi.title,
        );
      }

      for (const source of dataset.feedSources ?? []) {
        const { key, blog, organisation, ...fields } = source;
        const existing = (await strapi.db
          .query(UID['feed-source'] as never)
          .findOne({ select: ['documentId'], where: { feedUrl: source.feedUrl } })) as { documentId: string } | null;
        if (existing) {
          ids['feed-source'].set(key, existing.documentId);
          progress('feed-source', source.name, true);
          continue;
        }
        const created = await documents('feed-source').create({
          data: {
            ...fields,
            blog: connectOne(link('blog', [blog], key, null)),
            organisation: connectOne(link('organisation', organisation ? [organisation] : [], key, 'fi')),
          },
        });
        ids['feed-source'].set(key, created.documentId);
        progress('feed-source', source.name, false);
      }

      const related: { key: string; relatedPosts: string[] }[] = [];
      for (const post of dataset.posts) {
        const { key, state, localizations, authors, blog, topics, relatedPosts, feedSource, ...fields } = post;
        if (relatedPosts?.length) related.push({ key, relatedPosts });
        await writeTranslatable(
          'post',
          key,
          state,
          localizations as unknown as Localizations,
          (locale) => ({
            ...fields,
            authors: connect(link('person', authors, key, locale)),
            blog: connectOne(link('blog', [blog], key, null)),
            topics: connect(link('topic', topics, key, null)),
            feedSource: connectOne(link('feed-source', feedSource ? [feedSource] : [], key, null)),
            // Matched again by its link should the source be imported: the canonical URL is the original's.
            sourceItemKey: feedSource ? (localizations.fi.canonicalUrl ?? undefined) : undefined,
          }),
          localizations.fi.title,
        );
      }
      for (const { key, relatedPosts } of related) {
        const documentId = ids.post.get(key)!;
        await documents('post').update({
          documentId,
          locale: 'fi',
          data: { relatedPosts: connect(link('post', relatedPosts, key, 'fi')) },
        });
      }

      const publishOrder: ContentTypeName[] = ['organisation', 'person', 'programme', 'event', 'post'];
      // Parents before their member organisations, so the published child links to a published parent.
      const children = new Set(parents.map(({ key }) => ids.organisation.get(key)));
      const rank = (item: { name: ContentTypeName; documentId: string }) =>
        publishOrder.indexOf(item.name) * 2 + (children.has(item.documentId) ? 1 : 0);
      toPublish.sort((a, b) => rank(a) - rank(b));
      for (const { name, documentId, locale } of toPublish) {
        await documents(name).publish({ documentId, locale });
      }

      await store().set({ value: { loadedAt: now.toISOString(), created: report.created } });
      return report;
    },
  };
};
