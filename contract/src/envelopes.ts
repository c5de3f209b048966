/**
 * What every list and detail response wraps its items in: `{ data, meta }` with the paging (and, for
 * the lists that take `facets=true`, the facet counts), or `{ data }`. `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import { schema } from './schema';

/**
 * One value of a facet with the number of items that have it. The directory's region counts also say the
 * region's `kind` (REGION_KINDS), so that a reader's list can group collaborative areas and counties.
 */
export const facetCount = /*#__PURE__*/ schema(() =>
  z.object({ value: z.string(), label: z.string(), count: z.number(), kind: z.optional(z.string()) }),
);

/** The paging of a list, as its fields (a function: a shape made at import would stay in every bundle). */
const paging = () => ({ page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() });

export const listMeta = /*#__PURE__*/ schema(() => z.object(paging()));

/**
 * The meta of a list that counts facets: with `facets=true`, `facets` holds one array of counts per group
 * (each group counted with every filter but its own, so a count is the `total` of the list filtered by
 * that value too).
 */
export const facetedListMeta = <Group extends string>(groups: readonly Group[]) => {
  const counts = {} as Record<Group, z.ZodMiniArray<typeof facetCount>>;
  for (const group of groups) counts[group] = z.array(facetCount);
  return z.object({ ...paging(), facets: z.optional(z.object(counts)) });
};

export const listResponse = <T extends z.ZodMiniType, Meta extends z.ZodMiniObject = typeof listMeta>(item: T, meta?: Meta) =>
  z.object({ data: z.array(item), meta: (meta ?? listMeta) as Meta });
export const detailResponse = <T extends z.ZodMiniType>(item: T) => z.object({ data: item });

export type FacetCount = z.infer<typeof facetCount>;
export type ListMeta = z.infer<typeof listMeta>;
