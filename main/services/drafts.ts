/** Handlers of the templates and drafts domains (drafts live in the registry database: drafts-store.ts). */
import { UserError } from '../../common/api';
import { validateDraft, draftInfo, type Draft } from '../../common/draft/draft';
import { findDocType } from '../../common/rules/doc-types';
import type { Handlers } from './context';
import { listDraftSummaries, newDraftId, readDraft, writeDraft } from './drafts-store';
import { createDraft } from '../../common/draft/create';
import { findTemplate, listTemplates } from '../templates/index';
import { requireOrganisation } from './settings';
import { applyDefaultRecipients } from './address-book';

/** "Nghị quyết về …" for the drafts list; falls back to the template id. */
export function titleOf(draft: Draft, fallback: string): string {
  try {
    const info = draftInfo(draft);
    const type = findDocType(draft.templateId)?.name ?? info.typeName;
    return [type, info.summary].filter(Boolean).join(' ').slice(0, 200) || fallback;
  } catch {
    return fallback;
  }
}

/** A draft document checked against the draft format; 'invalid-input' with the parser's message otherwise. */
export function checkedDraft(draft: unknown): Draft {
  const v = validateDraft(draft);
  if (!v.ok) throw new UserError('invalid-input', v.message);
  return v.draft;
}

/** Handlers of the templates and drafts domains. */
export const draftsHandlers: Handlers = {
  'templates.list': async () => listTemplates().map((t) => ({ id: t.id, name: t.name, typeId: t.id })),
  'drafts.create': async ({ templateId }, ctx) => {
    const org = await requireOrganisation(ctx);
    const template = findTemplate(templateId);
    if (!template) throw new UserError('not-found', `Không có mẫu văn bản "${templateId}".`);
    const draft = await applyDefaultRecipients(ctx, createDraft(template, org));
    const summary = await writeDraft(ctx, { id: newDraftId(), templateId, title: titleOf(draft, templateId), draft });
    return { ...summary, draft };
  },
  'drafts.list': async ({ query, limit }, ctx) => listDraftSummaries(ctx, query, limit),
  'drafts.get': async ({ id }, ctx) => readDraft(ctx, id),
};
