/**
 * Adapter to the lead's modules that may not have landed yet (templates, DOCX exporter). Each is
 * loaded on first use; when a module is missing the call fails with a clear "chưa có" message.
 */
import { notYet } from '../../common/api';
import type { Organisation } from '../../common/org/organisation';
import type { Draft } from '../../common/draft/draft';

/** A template as the lead's module lists it. */
export interface LeadTemplate {
  id: string;
  name: string;
  typeId?: string;
}

interface TemplatesModule {
  listTemplates(): LeadTemplate[] | Promise<LeadTemplate[]>;
  newDraft(templateId: string, org: Organisation): Draft | Promise<Draft>;
}

interface ExportModule {
  exportDocx(draft: Draft): Promise<Uint8Array>;
}

async function load<T>(rel: string, feature: string): Promise<T> {
  const url = new URL(rel, import.meta.url).href;
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find|Failed to load|does not exist/.test(String(e))) throw notYet(feature);
    throw e;
  }
}

/** The templates module (main/templates/index.ts). */
export function templatesModule(): Promise<TemplatesModule> {
  return load<TemplatesModule>('../templates/index.ts', 'Mẫu văn bản');
}

/** The DOCX exporter (main/export/docx/index.ts). */
export function exportModule(): Promise<ExportModule> {
  return load<ExportModule>('../export/docx/index.ts', 'Xuất DOCX');
}
