/** Handlers of the templates and drafts domains. */
import { UserError } from '../../common/api';
import { validateDraft, draftInfo, type Draft } from '../../common/draft/draft';
import { findDocType } from '../../common/rules/doc-types';
import { foldVietnamese } from '../../common/text/normalize';
import type { Handlers } from './context';
import { deleteDraft, listDrafts, newDraftId, readDraft, writeDraft } from './drafts-store';
import { createDraft } from '../../common/draft/create';
import { findTemplate, listTemplates } from '../templates/index';
import { requireOrganisation } from './settings';

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

/** Handlers of the templates and drafts domains. */
export const draftsHandlers: Handlers = {
  'templates.list': async () => listTemplates().map((t) => ({ id: t.id, name: t.name, typeId: t.id })),
  'drafts.create': async ({ templateId }, ctx) => {
    const org = await requireOrganisation(ctx);
    const template = findTemplate(templateId);
    if (!template) throw new UserError('not-found', `Không có mẫu văn bản "${templateId}".`);
    const draft = createDraft(template, org);
    const now = new Date().toISOString();
    const rec = { id: newDraftId(), templateId, title: titleOf(draft, templateId), updatedAt: now, draft };
    writeDraft(ctx, rec);
    return rec;
  },
  'drafts.list': async ({ query, limit }, ctx) => {
    const q = foldVietnamese(query.trim());
    return listDrafts(ctx).filter((d) => !q || foldVietnamese(d.title).includes(q)).slice(0, limit);
  },
  'drafts.get': async ({ id }, ctx) => readDraft(ctx, id),
  'drafts.save': async ({ id, title, draft }, ctx) => {
    const old = readDraft(ctx, id);
    const v = validateDraft(draft);
    if (!v.ok) throw new UserError('invalid-input', v.message);
    return writeDraft(ctx, { ...old, title: title ?? titleOf(v.draft, old.templateId), draft: v.draft, updatedAt: new Date().toISOString() });
  },
  'drafts.delete': async ({ id }, ctx) => ({ deleted: deleteDraft(ctx, id) }),
};
