/** Handlers of the public read API (content-api routes under /api/kumppani). */
import type { Core } from '@strapi/strapi';
import type { ContentTypeName } from '../content-types/uids';
import type { ContentLocale } from '@kumppani/contract';
import {
  detailQuery,
  eventCalendarQuery,
  eventListQuery,
  feedQuery,
  organisationListQuery,
  postListQuery,
  programmeListQuery,
} from '@kumppani/contract';
import { renderCalendar } from '../render/calendar';
import { calendarEvents, findEvent, listEvents } from '../public-api/resources/events';
import { renderFeed, type FeedFormat } from '../render/feeds';
import { PUBLIC_PREFIX } from '../public-api/guard-middleware';
import { endpoint, json, sendProblem, type HttpContext } from '../public-api/http';
import { openApiDocument } from '../render/openapi';
import { findOrganisation, listOrganisations } from '../public-api/resources/organisations';
import { feedPosts, findPost, listPosts } from '../public-api/resources/posts';
import { PROBLEM_TYPE_BY_SLUG } from '../public-api/problem-types';
import { findProgramme, listProgrammes } from '../public-api/resources/programmes';
import * as z from 'zod/mini';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feed = (format: FeedFormat) =>
    endpoint(strapi, {
      query: feedQuery,
      about: 'post',
      render: async (app, query, { base, canonicalQuery }) =>
        renderFeed(format, {
          base,
          selfPath: `${PUBLIC_PREFIX}feeds/posts.${format}${canonicalQuery}`,
          query,
          posts: await feedPosts(app, query, base),
        }),
    });

  /** One item by slug as `{ data }`, or 404. */
  const detail = <T>(
    noun: ContentTypeName,
    find: (app: Core.Strapi, slug: string, locale: ContentLocale, base: string) => Promise<T | null>,
  ) =>
    endpoint(strapi, {
      query: detailQuery,
      about: noun,
      noun,
      render: async (app, query, { params, base }) => {
        const data = await find(app, params.slug, query.locale, base);
        return data && json({ data });
      },
    });

  const handlers = {
    listOrganisations: endpoint(strapi, {
      query: organisationListQuery,
      about: 'organisation',
      render: async (app, query, { base }) => json(await listOrganisations(app, query, base)),
    }),
    findOrganisation: detail('organisation', findOrganisation),
    listProgrammes: endpoint(strapi, {
      query: programmeListQuery,
      about: 'programme',
      render: async (app, query) => json(await listProgrammes(app, query)),
    }),
    findProgramme: detail('programme', findProgramme),
    listEvents: endpoint(strapi, {
      query: eventListQuery,
      about: 'event',
      render: async (app, query, { base }) => json(await listEvents(app, query, base)),
    }),
    findEvent: detail('event', findEvent),
    eventsCalendar: endpoint(strapi, {
      query: eventCalendarQuery,
      about: 'event',
      render: async (app, query, { base }) => renderCalendar(await calendarEvents(app, query, base), query.locale, base),
    }),
    eventCalendar: endpoint(strapi, {
      query: detailQuery,
      about: 'event',
      noun: 'event',
      render: async (app, query, { params, base }) => {
        const event = await findEvent(app, params.slug, query.locale, base);
        return event && renderCalendar([event], query.locale, base, event.title);
      },
    }),
    listPosts: endpoint(strapi, {
      query: postListQuery,
      about: 'post',
      render: async (app, query, { base }) => json(await listPosts(app, query, base)),
    }),
    findPost: detail('post', findPost),
    rssFeed: feed('rss'),
    atomFeed: feed('atom'),
    jsonFeed: feed('json'),
    openApi: endpoint(strapi, {
      query: z.strictObject({}),
      about: null,
      render: async (_app, _query, { base }) => json(openApiDocument(base)),
    }),
    async problemType(ctx: HttpContext) {
      const type = PROBLEM_TYPE_BY_SLUG.get(ctx.params.type);
      if (!type) {
        sendProblem(ctx, 404, 'not-found', 'Not found', `No problem type ${ctx.params.type}.`);
        return;
      }
      ctx.set('Cache-Control', 'public, max-age=86400');
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = JSON.stringify(type);
    },
  };
  return handlers as Record<keyof typeof handlers, (ctx: HttpContext) => Promise<void>>;
};
