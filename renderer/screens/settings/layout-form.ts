/**
 * The layout settings form as text: the values of the organisation's override shown in the inputs
 * ("12,7", "có"), read back into an override, checked with the schema the API applies.
 */
import { LAYOUT_FIELDS, fieldOfIssue, layoutChoiceSchema, overrideOf, overrideValues, type LayoutChoice, type LayoutField } from '../../../common/org/layout-settings';

/** Text of each input by field id; '' means "the profile's default". */
export type LayoutForm = Record<string, string>;

/** How a value is written on screen: "12,7", "có", "./.". */
export function showValue(f: LayoutField, v: number | boolean | string): string {
  if (f.kind === 'number') return String(v).replace('.', ',');
  if (f.kind === 'boolean') return v ? 'có' : 'không';
  return f.choices?.find((c) => c.value === v)?.label ?? String(v);
}

/** The inputs of a stored override. */
export function formOf(override: Record<string, unknown>): LayoutForm {
  const values = overrideValues(override);
  const form: LayoutForm = {};
  for (const f of LAYOUT_FIELDS) {
    const v = values[f.id];
    form[f.id] = v === undefined ? '' : f.kind === 'number' ? showValue(f, v) : f.kind === 'boolean' ? (v ? 'yes' : 'no') : `=${String(v)}`;
  }
  return form;
}

/** The layout choice of the form, or the Vietnamese messages of what is wrong (each naming its field). */
export function choiceOf(profile: string | null, form: LayoutForm): { ok: true; choice: LayoutChoice } | { ok: false; errors: string[] } {
  const values: Record<string, number | boolean | string | undefined> = {};
  const errors: string[] = [];
  for (const f of LAYOUT_FIELDS) {
    const text = (form[f.id] ?? '').trim();
    if (text === '') continue;
    if (f.kind === 'number') {
      const n = /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
      if (Number.isNaN(n)) errors.push(`${f.label}: phải là số từ ${f.min} đến ${f.max} (phần lẻ viết sau dấu phẩy, ví dụ 12,5).`);
      else values[f.id] = n;
    } else if (f.kind === 'boolean') values[f.id] = text === 'yes';
    else values[f.id] = text.slice(1);
  }
  if (errors.length) return { ok: false, errors };
  const r = layoutChoiceSchema.safeParse({ profile, override: overrideOf(values) });
  if (r.success) return { ok: true, choice: r.data };
  const seen = new Set<string>();
  for (const issue of r.error.issues) {
    const f = issue.path[0] === 'override' ? fieldOfIssue(issue.path.slice(1)) : undefined;
    const line = `${f?.label ?? 'Thể thức'}: ${issue.message}.`;
    if (!seen.has(line)) (seen.add(line), errors.push(line));
  }
  return { ok: false, errors };
}
