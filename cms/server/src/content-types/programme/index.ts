import type { ContentTypeDefinition } from '../definition';
import { programmeProblems } from './rules';
import schema from './schema.json';
import { programmeSearch } from './search';

export default { schema, rules: programmeProblems, search: programmeSearch } satisfies ContentTypeDefinition;
