import type { ContentTypeDefinition } from '../definition';
import { organisationProblems } from './rules';
import schema from './schema.json';
import { organisationSearch } from './search';

export default { schema, rules: organisationProblems, search: organisationSearch } satisfies ContentTypeDefinition;
