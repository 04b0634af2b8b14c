/**
 * The draft file: a JSON envelope around the ProseMirror document (docs/draft-format.md). Loaded
 * through `parseDraft`, which checks the envelope, the structure and every structured field, and
 * answers a bad file with a Vietnamese message naming the field instead of throwing.
 */
import type { Node } from 'prosemirror-model';
import { z } from 'zod';
import { schema } from '../model/schema';
import { findPart } from '../model/parts';
import { describeIssue, headerFields, recipientsFields, signatureFields, titleFields } from './fields';

/** Identifies vanthu draft files. */
export const DRAFT_FORMAT = 'vanthu-draft';
/** Version of the draft format written by this code. */
export const DRAFT_VERSION = 1;

/** The envelope of a draft file. */
export const draftEnvelope = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.number().int(),
  templateId: z.string().min(1).max(60),
  layout: z.object({
    profile: z.string().nullable(),
    override: z.record(z.string(), z.unknown()),
  }),
  doc: z.object({ type: z.literal('doc'), content: z.array(z.unknown()) }).passthrough(),
});

/** A draft as stored on disk. */
export type Draft = z.infer<typeof draftEnvelope>;

/** Result of loading a draft. */
export type DraftResult = { ok: true; draft: Draft; doc: Node } | { ok: false; message: string };

const PART_FIELDS = { header: headerFields, title: titleFields, signature: signatureFields, recipients: recipientsFields };

/** Checks a draft object: envelope, version, document structure and structured fields. */
export function validateDraft(value: unknown): DraftResult {
  const env = draftEnvelope.safeParse(value);
  if (!env.success) {
    const issue = env.error.issues[0];
    const where = issue.path.join('.') || 'tệp';
    if (where === 'format') return { ok: false, message: 'Tệp này không phải là bản thảo vanthu (thiếu "format": "vanthu-draft").' };
    return { ok: false, message: `Tệp bản thảo sai ở trường "${where}": ${issue.message}.` };
  }
  if (env.data.version > DRAFT_VERSION) {
    return { ok: false, message: `Bản thảo được tạo bởi phiên bản vanthu mới hơn (định dạng ${env.data.version}); hãy cập nhật vanthu.` };
  }
  let doc: Node;
  try {
    doc = schema.nodeFromJSON(env.data.doc);
    doc.check();
  } catch (e) {
    return { ok: false, message: `Cấu trúc văn bản trong bản thảo không hợp lệ: ${(e as Error).message}` };
  }
  for (const [name, fields] of Object.entries(PART_FIELDS)) {
    const node = findPart(doc, name);
    const r = fields.safeParse(node.attrs);
    if (!r.success) return { ok: false, message: describeIssue(name, r.error) };
  }
  return { ok: true, draft: env.data, doc };
}

/** Parses draft file text; malformed JSON gets a Vietnamese message with the position. */
export function parseDraft(text: string): DraftResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `Tệp bản thảo không phải JSON hợp lệ (${(e as Error).message}).` };
  }
  return validateDraft(value);
}

export { setNumberAndDate, draftInfo, type DraftInfo } from './operations';
