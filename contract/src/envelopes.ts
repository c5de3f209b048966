/**
 * What every list and detail response wraps its items in: `{ data, meta }` with the paging (and, for
 * organisations asked with `facets=true`, the facet counts), or `{ data }`. `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import { schema } from './schema';

/** One value of a facet with the number of items that have it. */
export const facetCount = /*#__PURE__*/ schema(() => z.object({ value: z.string(), label: z.string(), count: z.number() }));

export const listMeta = /*#__PURE__*/ schema(() =>
  z.object({
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
    pageCount: z.number(),
    facets: z.optional(z.object({ region: z.array(facetCount), topic: z.array(facetCount), kind: z.array(facetCount) })),
  }),
);

export const listResponse = <T extends z.ZodMiniType>(item: T) => z.object({ data: z.array(item), meta: listMeta });
export const detailResponse = <T extends z.ZodMiniType>(item: T) => z.object({ data: item });

export type FacetCount = z.infer<typeof facetCount>;
export type ListMeta = z.infer<typeof listMeta>;
