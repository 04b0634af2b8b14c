/**
 * Handlers of Word files coming in (common/api/domains/word.ts): "Mở tệp Word" recognises a DOCX
 * into a new draft and returns the import report; "Kiểm tra thể thức tệp Word" and the desk's
 * check of an incoming DOCX return the findings of main/docx-in/check and the fields the
 * incoming form can take. Bytes arrive base64 and are bounded by WORD_LIMITS before decoding.
 */
import { UserError } from '../../common/api';
import { WORD_LIMITS, tooLargeMessage } from '../../common/api/domains/word';
import { folders, type Handlers, type ServiceContext } from './context';
import { newDraftId, writeDraft } from './drafts-store';
import { titleOf } from './drafts';
import { checkPath } from './paths';
import { readSettings } from './settings';
import type { OrgContext } from '../docx-in/check';

/** The Word reader and check, loaded on first use (the app starts without them). */
const wordIn = () => import('../docx-in/check/file');

/** The bytes of a base64 payload, refused over the limit. */
export function decodeDocx(base64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > WORD_LIMITS.docxBytes) throw new UserError('too-large', `${tooLargeMessage(bytes.length)}.`);
  if (bytes.length === 0) throw new UserError('invalid-input', 'Tệp Word trống.');
  return bytes;
}

/** What the organisation in the settings adds to the check (none when it is not set up). */
async function orgOf(ctx: ServiceContext): Promise<OrgContext> {
  const org = (await readSettings(ctx).catch(() => null))?.organisation;
  return org ? { issuerKind: org.kind, place: org.place, extraAuthorities: !!org.extraAuthorities } : {};
}

/** Handlers of the Word operations. */
export const wordHandlers: Handlers = {
  'drafts.openWord': async ({ name, file }, ctx) => {
    const { recogniseDocxBytes } = await wordIn();
    const { reportLines } = await import('../docx-in/check/import-report');
    const rec = recogniseDocxBytes(decodeDocx(file), name);
    const summary = await writeDraft(ctx, { id: newDraftId(), templateId: rec.typeId, title: titleOf(rec.draft, name), draft: rec.draft });
    return { record: { ...summary, draft: rec.draft }, report: reportLines(rec.report) };
  },
  'drafts.checkWord': async ({ name, file }, ctx) => (await wordIn()).checkDocxBytes(decodeDocx(file), name, await orgOf(ctx)),
  'registry.deskCheckWord': async ({ file, name }, ctx) => {
    const upload = checkPath(file, ctx.dataDir, [folders(ctx.dataDir).uploads]);
    return { ...(await wordIn()).checkDocxFile(upload, await orgOf(ctx)), name };
  },
};
