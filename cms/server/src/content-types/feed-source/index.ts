import type { ContentTypeDefinition } from '../definition';
import schema from './schema.json';

export default { schema } satisfies ContentTypeDefinition;
