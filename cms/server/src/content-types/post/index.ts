import type { ContentTypeDefinition } from '../definition';
import { postProblems } from './rules';
import schema from './schema.json';
import { postSearch } from './search';

export default { schema, rules: postProblems, search: postSearch } satisfies ContentTypeDefinition;
