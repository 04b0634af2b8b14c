/**
 * The draft file: a JSON envelope around the ProseMirror document (docs/draft-format.md). Loaded
 * through `parseDraft`, which checks the envelope, the structure and every structured field, and
 * answers a bad file with a Vietnamese message naming the field instead of throwing.
 *
 * Whatever the source (a file, the API, an import), a draft first loses the characters XML cannot
 * carry (common/text/sanitize.ts), so no draft can make an invalid DOCX; a UTF-8 BOM is accepted.
 */
import type { Node } from 'prosemirror-model';
import * as z from 'zod';
import { describeRawIssue } from '../api/issue-text';
import { schema } from '../model/schema';
import { findPart, type SinglePartName } from '../model/parts';
import { layoutChoiceSchema } from '../org/layout-settings';
import { DOC_TYPES } from '../rules/doc-types';
import { nestedDeeperThan } from '../text/depth';
import { sanitizeDeep } from '../text/sanitize';
import { describePartIssue, headerFields, recipientsFields, signatureFields, titleFields } from './fields';
import { MAX_DRAFT_DEPTH } from './limits';
import { checkBodyAttrs } from './node-attrs';
import { jsonMessage, structureMessage } from './structure-message';

/** Identifies vanthu draft files. */
export const DRAFT_FORMAT = 'vanthu-draft';
/** Version of the draft format written by this code. */
export const DRAFT_VERSION = 1;
/** Versions of the draft format this code reads. */
export const DRAFT_VERSIONS: readonly number[] = [1];

/** Ids a draft's templateId may take: the document types (one template each). */
export const TEMPLATE_IDS = DOC_TYPES.map((t) => t.id) as [string, ...string[]];

/** The envelope of a draft file. */
export const draftEnvelope = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.number().int().min(1).max(DRAFT_VERSION),
  templateId: z.enum(TEMPLATE_IDS, {
    error: (iss) => (iss.input === undefined ? undefined : `"${String(iss.input).slice(0, 60)}" không phải mẫu văn bản vanthu có (ví dụ "nghi-quyet", "cong-van")`),
  }),
  layout: layoutChoiceSchema,
  doc: z.object({ type: z.literal('doc'), content: z.array(z.unknown()) }).passthrough(),
});

/** A draft as stored on disk. */
export type Draft = z.infer<typeof draftEnvelope>;

/** Result of loading a draft. */
export type DraftResult = { ok: true; draft: Draft; doc: Node } | { ok: false; message: string };

const PART_FIELDS = { header: headerFields, title: titleFields, signature: signatureFields, recipients: recipientsFields };

/** Vietnamese names of the envelope's fields. */
const ENVELOPE_LABELS: Record<string, string> = {
  version: 'Phiên bản định dạng',
  templateId: 'Mẫu văn bản',
  layout: 'Cách trình bày',
  'layout.profile': 'Quy cách trình bày (layout.profile)',
  'layout.override': 'Tùy chỉnh trình bày (layout.override)',
  doc: 'Nội dung văn bản',
};

function envelopeLabel(path: readonly PropertyKey[]): string {
  const key = path.map(String).join('.');
  if (ENVELOPE_LABELS[key]) return ENVELOPE_LABELS[key];
  if (key.startsWith('layout.override.')) return `Tùy chỉnh trình bày "${key.slice('layout.override.'.length)}"`;
  return `Trường "${key}"`;
}

/** Checks a draft object: envelope, version, document structure and structured fields. */
export function validateDraft(input: unknown): DraftResult {
  if (nestedDeeperThan(input, MAX_DRAFT_DEPTH)) {
    return { ok: false, message: `Tệp bản thảo không hợp lệ: dữ liệu lồng nhau quá ${MAX_DRAFT_DEPTH} tầng.` };
  }
  const value = sanitizeDeep(input);
  const version = (value as { version?: unknown } | null)?.version;
  if (Number.isInteger(version) && (version as number) > DRAFT_VERSION && (value as { format?: unknown }).format === DRAFT_FORMAT) {
    return { ok: false, message: `Bản thảo được tạo bởi phiên bản vanthu mới hơn (định dạng ${version}); hãy cập nhật vanthu.` };
  }
  const env = draftEnvelope.safeParse(value, { error: describeRawIssue, reportInput: true });
  if (!env.success) {
    const issue = env.error.issues[0];
    if (issue.path.join('.') === 'format') return { ok: false, message: 'Tệp này không phải là bản thảo vanthu (thiếu "format": "vanthu-draft").' };
    if (!issue.path.length) return { ok: false, message: `Tệp bản thảo không hợp lệ: ${issue.message}.` };
    return { ok: false, message: `Tệp bản thảo sai ở ${envelopeLabel(issue.path)}: ${issue.message}.` };
  }
  if (!DRAFT_VERSIONS.includes(env.data.version)) {
    return { ok: false, message: `Phiên bản định dạng ${env.data.version} của bản thảo không được hỗ trợ (chỉ đọc ${DRAFT_VERSIONS.join(', ')}).` };
  }
  let doc: Node;
  try {
    doc = schema.nodeFromJSON(env.data.doc);
    doc.check();
  } catch (e) {
    return { ok: false, message: `Cấu trúc văn bản trong bản thảo không hợp lệ: ${structureMessage(e)}` };
  }
  for (const [name, fields] of Object.entries(PART_FIELDS)) {
    const node = findPart(doc, name as SinglePartName);
    const r = fields.safeParse(node.attrs, { error: describeRawIssue, reportInput: true });
    if (!r.success) return { ok: false, message: describePartIssue(name, r.error) };
  }
  const bodyProblem = checkBodyAttrs(doc);
  if (bodyProblem) return { ok: false, message: bodyProblem };
  return { ok: true, draft: env.data, doc };
}

/** Parses draft file text (a UTF-8 BOM is skipped); malformed JSON gets a Vietnamese message with the position. */
export function parseDraft(text: string): DraftResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, message: `Tệp bản thảo không phải JSON hợp lệ (${jsonMessage(e)}).` };
  }
  return validateDraft(value);
}

export { setNumberAndDate, draftInfo, type DraftInfo } from './operations';
