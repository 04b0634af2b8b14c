/** Contract of the `settings` domain: the organisation profile and its term, created at first run. */
import * as z from 'zod';
import { layoutChoiceSchema } from '../../org/layout-settings';
import { organisationSchema, type Organisation } from '../../org/organisation';
import { empty, isoDate, line } from '../fields';
import { op } from '../op';

/** The committee's term (nhiệm kỳ) numbers run through. */
export const termSchema = z.strictObject({
  /** "Nhiệm kỳ 2025 – 2030". */
  name: line,
  /** First day of the term, yyyy-mm-dd. */
  start: isoDate,
});

/** The committee's current term as the setup gives it: its name and first day (the registry's term rows are main/registry/types.ts Term). */
export type TermStart = z.infer<typeof termSchema>;

/** The settings as the window sees them. */
export interface SettingsStatus {
  /** False until the first-run setup has been completed. */
  configured: boolean;
  organisation: Organisation | null;
  term: TermStart | null;
}

/** Operations of the settings domain. */
export const settingsOps = {
  'settings.status': op<SettingsStatus>()({ input: empty, label: 'Đọc cài đặt' }),
  'settings.saveOrganisation': op<SettingsStatus>()({
    input: z.strictObject({ organisation: organisationSchema, term: termSchema }),
    label: 'Lưu thông tin cơ quan',
  }),
  /** The organisation's layout profile choice and overrides (new drafts copy them; existing drafts keep theirs). */
  'settings.saveLayout': op<SettingsStatus>()({ input: layoutChoiceSchema, label: 'Lưu thể thức văn bản' }),
};
