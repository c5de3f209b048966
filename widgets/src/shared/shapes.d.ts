/**
 * The shapes (shape.ts) of the list and detail responses the elements load, with the contract's types. Their code,
 * `shapes.js`, is generated at build and test time (scripts/shapes.mjs) from the contract's schema of each
 * name declared here, and never committed: a response field is written once, in the contract. To check
 * another response, declare its schema's name here. Each shape is a constant of its own, so an element's
 * file keeps only the one it loads.
 */
import type {
  eventList as eventListSchema,
  eventResponse as eventResponseSchema,
  organisationList as organisationListSchema,
  organisationResponse as organisationResponseSchema,
  postList as postListSchema,
  postResponse as postResponseSchema,
  programmeList as programmeListSchema,
} from '@kumppani/contract';
import type { Shape } from './shape.js';

type ShapeOf<Schema extends { _zod: { output: unknown } }> = Shape<Schema['_zod']['output']>;

export declare const eventList: ShapeOf<typeof eventListSchema>;
export declare const organisationList: ShapeOf<typeof organisationListSchema>;
export declare const postList: ShapeOf<typeof postListSchema>;
export declare const programmeList: ShapeOf<typeof programmeListSchema>;
export declare const organisationResponse: ShapeOf<typeof organisationResponseSchema>;
export declare const eventResponse: ShapeOf<typeof eventResponseSchema>;
export declare const postResponse: ShapeOf<typeof postResponseSchema>;
