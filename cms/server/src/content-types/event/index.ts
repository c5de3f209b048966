import type { ContentTypeDefinition } from '../definition';
import { eventProblems } from './rules';
import schema from './schema.json';
import { eventSearch } from './search';

export default { schema, rules: eventProblems, search: eventSearch } satisfies ContentTypeDefinition;
