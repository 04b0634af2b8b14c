// Writes docs/draft.schema.json from the runtime schemas (npm run schema).
import { draftJsonSchema } from '../common/draft/json-schema';
import { writeFileSync } from 'node:fs';
writeFileSync('docs/draft.schema.json', JSON.stringify(draftJsonSchema(), null, 2) + '\n');
