/**
 * Every create and update of a Kumppani document goes through here: the Content Manager, the REST API
 * and our seeders all use the Document Service. It runs the field rules (problems become a
 * ValidationError whose details name each field, so the admin shows the message next to the field) and
 * writes the hidden search columns from the document's texts.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE } from '@kumppani/contract';
import { CONTENT_TYPES } from '../content-types';
import { contentTypeNameOf, type ContentTypeName } from '../content-types/uids';
import { slugProblem as slugPatternProblem, type FieldProblem } from '../validation/field-checks';
import { documentProblems, normaliseTexts } from '../validation/rules';

type Data = Record<string, unknown>;

/** Media fields of each type, loaded with the stored draft so that the rules see an image kept from before. */
const MEDIA_FIELDS = Object.fromEntries(
  Object.entries(CONTENT_TYPES).map(([name, { schema }]) => [
    name,
    Object.entries(schema.attributes)
      .filter(([, attribute]) => attribute.type === 'media')
      .map(([field]) => field),
  ]),
) as Record<ContentTypeName, string[]>;

async function storedDraft(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Data | null> {
  const contentType = strapi.contentType(uid as never) as unknown as {
    options?: { draftAndPublish?: boolean };
    pluginOptions?: { i18n?: { localized?: boolean } };
  };
  const where: Data = { documentId };
  if (contentType.pluginOptions?.i18n?.localized)
    where.locale = locale ?? strapi.plugin('i18n').service('locales').getDefaultLocale?.() ?? DEFAULT_LOCALE;
  if (contentType.options?.draftAndPublish) where.publishedAt = null;
  const name = contentTypeNameOf(uid)!;
  const populate = Object.fromEntries(MEDIA_FIELDS[name].map((field) => [field, true]));
  const row = await strapi.db.query(uid as never).findOne({ where, populate });
  if (row || !where.locale) return row as Data | null;
  // A new translation is created by an update in a locale that has no row yet: shared fields come from any locale.
  delete where.locale;
  return (await strapi.db.query(uid as never).findOne({ where, populate })) as Data | null;
}

async function slugProblem(
  strapi: Core.Strapi,
  uid: string,
  name: ContentTypeName,
  data: Data,
  documentId: string | undefined,
  locale: string | undefined,
): Promise<FieldProblem | null> {
  const slug = data.slug;
  if (typeof slug !== 'string' || slug === '') return null;
  const malformed = slugPatternProblem(slug);
  if (malformed) return { path: 'slug', message: malformed };
  const localized = Boolean(
    (strapi.contentType(uid as never) as unknown as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized,
  );
  const where: Data = { slug };
  if (localized) where.locale = locale ?? DEFAULT_LOCALE;
  if (documentId) where.documentId = { $ne: documentId };
  const clash = await strapi.db.query(uid as never).findOne({ select: ['documentId'], where });
  if (!clash) return null;
  return {
    path: 'slug',
    message: localized
      ? `The slug "${slug}" is already used by another ${name} in locale "${where.locale}".`
      : `The slug "${slug}" is already used by another ${name}.`,
  };
}

export function documentMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const name = contentTypeNameOf(context.uid);
    if (!name || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = (context.params ?? {}) as { data?: Data; documentId?: string; locale?: string };
    const attributes = (strapi.contentType(context.uid as never) as unknown as { attributes: Record<string, { type: string }> }).attributes;
    const { data, problems: textProblems } = normaliseTexts(attributes, params.data ?? {});
    const locale = typeof params.locale === 'string' ? params.locale : undefined;
    let merged: Data = data;
    if (context.action === 'update' && params.documentId) {
      const stored = await storedDraft(strapi, context.uid, params.documentId, locale);
      merged = { ...(stored ?? {}), ...data };
    }

    const problems = [
      ...textProblems,
      ...documentProblems(name, merged).filter((problem) => !textProblems.some((text) => text.path === problem.path)),
    ];
    const slug = await slugProblem(strapi, context.uid, name, data, params.documentId, locale);
    if (slug) problems.push(slug);
    if (problems.length > 0) {
      const summary =
        problems.length === 1
          ? `${problems[0].path}: ${problems[0].message}`
          : `${problems.length} fields need attention: ${problems.map((problem) => problem.path).join(', ')}`;
      throw new errors.ValidationError(summary, {
        errors: problems.map((problem) => ({
          path: [problem.path],
          message: problem.message,
          name: 'ValidationError',
          value: merged[problem.path],
        })),
      });
    }
    const search = CONTENT_TYPES[name].search?.(merged);
    params.data = search ? { ...data, ...search } : data;
    return next();
  };
}
