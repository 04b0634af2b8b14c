/**
 * The JSON Schema of the draft file, generated from the runtime schemas (docs/draft.schema.json is
 * this output; a test keeps the two equal).
 */
import * as z from 'zod';
import { draftEnvelope } from './draft';
import { headerFields, recipientsFields, signatureFields, titleFields } from './fields';

/** Builds the JSON Schema of a draft file, with the structured parts as $defs. */
export function draftJsonSchema(): Record<string, unknown> {
  const opts = { unrepresentable: 'any' } as const;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://vanthu.local/schemas/draft.schema.json',
    title: 'Bản thảo văn bản của Đảng (vanthu)',
    ...z.toJSONSchema(draftEnvelope, opts),
    $defs: {
      header: z.toJSONSchema(headerFields, opts),
      title: z.toJSONSchema(titleFields, opts),
      signature: z.toJSONSchema(signatureFields, opts),
      recipients: z.toJSONSchema(recipientsFields, opts),
    },
  };
}
