/** Handlers of the public read API (content-api routes under /api/kumppani). */
import type { Core } from '@strapi/strapi';
import type { ContentTypeName } from '../content-types/uids';
import type { ContentLocale } from '../contract/vocabulary';
import { detailQuery, eventCalendarQuery, eventListQuery, feedQuery, organisationListQuery, postListQuery, programmeListQuery } from '../contract/query';
import { renderCalendar } from '../public-api/calendar';
import { calendarEvents, findEvent, listEvents } from '../public-api/events';
import { renderFeed, type FeedFormat } from '../public-api/feeds';
import { endpoint, json, sendProblem, type HttpContext } from '../public-api/http';
import { openApiDocument } from '../public-api/openapi';
import { findOrganisation, listOrganisations } from '../public-api/organisations';
import { feedPosts, findPost, listPosts } from '../public-api/posts';
import { PROBLEM_TYPES } from '../public-api/problem-types';
import { findProgramme, listProgrammes } from '../public-api/programmes';
import { z } from '../public-api/zod';

const ORGANISATION_DATA = ['organisation', 'programme', 'region', 'topic'] as const;
const PROGRAMME_DATA = ['programme', 'organisation', 'person', 'region', 'topic'] as const;
const EVENT_DATA = ['event', 'organisation', 'programme', 'region', 'topic'] as const;
const POST_DATA = ['post', 'person', 'organisation', 'blog', 'topic'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feed = (format: FeedFormat) =>
    endpoint(strapi, {
      query: feedQuery,
      dependsOn: POST_DATA,
      render: async (app, query, ctx, base) => renderFeed(format, { base, selfPath: `${ctx.path}${ctx.querystring ? `?${ctx.querystring}` : ''}`, query, posts: await feedPosts(app, query, base) }),
    });

  /** One item by slug as `{ data }`, or 404. */
  const detail = <T>(noun: string, dependsOn: readonly ContentTypeName[], find: (app: Core.Strapi, slug: string, locale: ContentLocale, base: string) => Promise<T | null>) =>
    endpoint(strapi, {
      query: detailQuery,
      dependsOn,
      noun,
      render: async (app, query, ctx, base) => {
        const data = await find(app, ctx.params.slug, query.locale, base);
        return data && json({ data });
      },
    });

  const handlers = {
    listOrganisations: endpoint(strapi, {
      query: organisationListQuery,
      dependsOn: ORGANISATION_DATA,
      render: async (app, query, _ctx, base) => json(await listOrganisations(app, query, base)),
    }),
    findOrganisation: detail('organisation', ORGANISATION_DATA, findOrganisation),
    listProgrammes: endpoint(strapi, {
      query: programmeListQuery,
      dependsOn: PROGRAMME_DATA,
      render: async (app, query) => json(await listProgrammes(app, query)),
    }),
    findProgramme: detail('programme', PROGRAMME_DATA, findProgramme),
    listEvents: endpoint(strapi, {
      query: eventListQuery,
      dependsOn: EVENT_DATA,
      render: async (app, query, _ctx, base) => json(await listEvents(app, query, base)),
    }),
    findEvent: detail('event', EVENT_DATA, findEvent),
    eventsCalendar: endpoint(strapi, {
      query: eventCalendarQuery,
      dependsOn: EVENT_DATA,
      render: async (app, query, _ctx, base) => renderCalendar(await calendarEvents(app, query, base), query.locale, base),
    }),
    eventCalendar: endpoint(strapi, {
      query: detailQuery,
      dependsOn: EVENT_DATA,
      noun: 'event',
      render: async (app, query, ctx, base) => {
        const event = await findEvent(app, ctx.params.slug, query.locale, base);
        return event && renderCalendar([event], query.locale, base, event.title);
      },
    }),
    listPosts: endpoint(strapi, {
      query: postListQuery,
      dependsOn: POST_DATA,
      render: async (app, query, _ctx, base) => json(await listPosts(app, query, base)),
    }),
    findPost: detail('post', POST_DATA, findPost),
    rssFeed: feed('rss'),
    atomFeed: feed('atom'),
    jsonFeed: feed('json'),
    openApi: endpoint(strapi, {
      query: z.strictObject({}),
      dependsOn: [],
      render: async (_app, _query, _ctx, base) => json(openApiDocument(base)),
    }),
    async problemType(ctx: HttpContext) {
      const type = PROBLEM_TYPES[ctx.params.type as keyof typeof PROBLEM_TYPES];
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
