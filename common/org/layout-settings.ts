/**
 * The layout values an organisation may override (the values the spec marks uncertain, listed in
 * each profile's `uncertain`), as fields of the settings screen: where each is read and written in
 * a profile override, its bounds, and the zod schema that refuses anything else.
 */
import * as z from 'zod';
import { PROFILES, type LayoutProfile } from '../profile/index';

/** One editable value: a number, yes/no, or one of a few wordings. */
export interface LayoutField {
  /** Stable id, also the key of the form. */
  id: string;
  /** Vietnamese label, with the unit. */
  label: string;
  kind: 'number' | 'boolean' | 'choice';
  /** Paths in the profile written by an override; the first is where the value is read. */
  paths: string[][];
  min?: number;
  max?: number;
  /** Allowed values of a choice, with how the screen shows them. */
  choices?: { value: string; label: string }[];
}

/** One uncertain setting of the profiles: its `uncertain` key and the fields that set it. */
export interface LayoutSetting {
  /** Key in LayoutProfile.uncertain. */
  key: string;
  /** Vietnamese name of the setting. */
  label: string;
  fields: LayoutField[];
}

/** Body-like paragraph styles built from the body style (their indent and spacing follow the body's). */
const BODY_STYLES = ['body', 'heading1', 'heading2', 'heading3', 'dashItem'];
const bodyPaths = (prop: string) => BODY_STYLES.map((s) => ['styles', s, prop]);
const margin = (side: string, label: string): LayoutField => ({
  id: `margin-${side}`, label: `Lề ${label} (mm)`, kind: 'number', paths: [['page', 'margins', side]], min: 5, max: 50,
});

/** Every overridable setting, in the order of the settings screen. */
export const LAYOUT_SETTINGS: readonly LayoutSetting[] = [
  { key: 'page.margins', label: 'Lề trang', fields: [margin('top', 'trên'), margin('bottom', 'dưới'), margin('left', 'trái'), margin('right', 'phải')] },
  { key: 'styles.body.firstLineMm', label: 'Thụt đầu dòng', fields: [{ id: 'first-line', label: 'Thụt đầu dòng (mm)', kind: 'number', paths: bodyPaths('firstLineMm'), min: 0, max: 30 }] },
  {
    key: 'styles.body.lineExactPt', label: 'Giãn dòng',
    fields: [
      { id: 'line-exact', label: 'Giãn dòng chính xác (pt)', kind: 'number', paths: bodyPaths('lineExactPt'), min: 12, max: 30 },
      { id: 'space-before', label: 'Cách đoạn trước (pt)', kind: 'number', paths: bodyPaths('spaceBeforePt'), min: 0, max: 24 },
    ],
  },
  {
    key: 'styles.recipientsLabel', label: 'Chữ "Nơi nhận:"',
    fields: [
      { id: 'recipients-size', label: 'Cỡ chữ "Nơi nhận:" (pt)', kind: 'number', paths: [['styles', 'recipientsLabel', 'sizePt']], min: 12, max: 14 },
      { id: 'recipients-underline', label: '"Nơi nhận:" gạch chân', kind: 'boolean', paths: [['styles', 'recipientsLabel', 'underline']] },
      { id: 'recipients-bold', label: '"Nơi nhận:" in đậm', kind: 'boolean', paths: [['styles', 'recipientsLabel', 'bold']] },
    ],
  },
  { key: 'styles.signatureTitle.bold', label: 'Chức vụ người ký', fields: [{ id: 'signer-title-bold', label: 'Chức vụ người ký in đậm', kind: 'boolean', paths: [['styles', 'signatureTitle', 'bold']] }] },
  {
    key: 'wording.closingMark', label: 'Dấu kết thúc văn bản',
    fields: [{ id: 'closing-mark', label: 'Dấu kết thúc', kind: 'choice', paths: [['wording', 'closingMark']], choices: [{ value: './.', label: './.' }, { value: '.', label: '.' }] }],
  },
  {
    key: 'wording.recipientSeparator', label: 'Dấu cuối dòng nơi nhận',
    fields: [{ id: 'recipient-separator', label: 'Dấu cuối dòng nơi nhận', kind: 'choice', paths: [['wording', 'recipientSeparator']], choices: [{ value: ',', label: 'dấu phẩy (,)' }, { value: ';', label: 'dấu chấm phẩy (;)' }] }],
  },
  {
    key: 'wording.summaryLeftPrefix', label: 'Trích yếu công văn',
    fields: [{ id: 'summary-prefix', label: 'Chữ đứng trước trích yếu công văn', kind: 'choice', paths: [['wording', 'summaryLeftPrefix']], choices: [{ value: '', label: 'không có' }, { value: 'V/v', label: '"V/v"' }] }],
  },
  { key: 'page.headerMm', label: 'Số trang', fields: [{ id: 'page-number-top', label: 'Số trang cách mép trên (mm)', kind: 'number', paths: [['page', 'headerMm']], min: 5, max: 20 }] },
];

/** Every field of LAYOUT_SETTINGS. */
export const LAYOUT_FIELDS: readonly LayoutField[] = LAYOUT_SETTINGS.flatMap((s) => s.fields);

/** Uncertain keys that are not values of a document (the HD 05 start date decides the automatic choice itself). */
export const NOT_OVERRIDABLE: Record<string, string> = {
  validFrom: 'Không sửa được ở đây: muốn áp dụng HD 05 từ một ngày khác, hãy chọn "Luôn dùng" một hướng dẫn.',
};

function leafSchema(f: LayoutField): z.ZodType {
  if (f.kind === 'boolean') return z.boolean({ error: 'phải là Có hoặc Không' });
  if (f.kind === 'choice') {
    const allowed = f.choices!.map((c) => c.value);
    return z.string().refine((v) => allowed.includes(v), { message: `chỉ được chọn ${allowed.map((v) => `"${v}"`).join(' hoặc ')}` });
  }
  const range = `phải là số từ ${f.min} đến ${f.max}`;
  return z.number({ error: range }).finite(range).min(f.min!, range).max(f.max!, range)
    .refine((v) => Math.round(v * 10) === v * 10, { message: 'chỉ lấy một chữ số thập phân' });
}

type Tree = { [k: string]: Tree | LayoutField };

const isField = (node: Tree | LayoutField): node is LayoutField => 'kind' in node && typeof node.kind === 'string';

/**
 * The strict object schema of a tree of fields. A branch (page, styles, wording…) is built when an
 * override first holds it (z.lazy, built once): most overrides are empty or set a few values, and
 * building every field's schema at start-up was a third of `vanthu export`'s time in zod.
 */
function schemaOf(tree: Tree): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(tree)) shape[k] = (isField(v) ? leafSchema(v) : z.lazy(() => schemaOf(v))).optional();
  return z.strictObject(shape);
}

function buildTree(): Tree {
  const root: Tree = {};
  for (const f of LAYOUT_FIELDS) {
    for (const p of f.paths) {
      let node = root;
      p.slice(0, -1).forEach((k) => { node = (node[k] ??= {}) as Tree; });
      node[p[p.length - 1]] = f;
    }
  }
  return root;
}

/**
 * An organisation's override as the settings screen writes it: only LAYOUT_FIELDS, within their
 * bounds. Messages say what is wrong; the field's name comes from LAYOUT_FIELD_LABELS (or fieldOfIssue).
 */
export const layoutOverrideSchema = schemaOf(buildTree()) as z.ZodType<Record<string, unknown>>;

/** Ids of the profiles an organisation may pin. */
export const PROFILE_IDS = PROFILES.map((p) => p.id) as [string, ...string[]];

/** The layout choice of an organisation: a pinned profile (null: by the document's date) and its override. */
export const layoutChoiceSchema = z.strictObject({
  profile: z.enum(PROFILE_IDS, { error: 'Thể thức: chỉ được chọn theo ngày, HD 36 hoặc HD 05' }).nullable(),
  override: layoutOverrideSchema,
});

/** A validated layout choice. */
export type LayoutChoice = z.infer<typeof layoutChoiceSchema>;

/** The value at `path` of a profile or an override (undefined when absent). */
export function valueAt(obj: unknown, path: string[]): unknown {
  let v: unknown = obj;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** The field values an override sets (by field id); fields it leaves to the profile are absent. */
export function overrideValues(override: Record<string, unknown>): Record<string, number | boolean | string> {
  const out: Record<string, number | boolean | string> = {};
  for (const f of LAYOUT_FIELDS) {
    const v = valueAt(override, f.paths[0]);
    if (v !== undefined) out[f.id] = v as number | boolean | string;
  }
  return out;
}

/** The override that sets exactly `values` (by field id), each at every path of its field. */
export function overrideOf(values: Record<string, number | boolean | string | undefined>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const f of LAYOUT_FIELDS) {
    const v = values[f.id];
    if (v === undefined) continue;
    for (const p of f.paths) {
      let node = root;
      p.slice(0, -1).forEach((k) => { node = (node[k] ??= {}) as Record<string, unknown>; });
      node[p[p.length - 1]] = v;
    }
  }
  return root;
}

/** The default of a field in a profile, before any override. */
export function defaultOf(profile: LayoutProfile, f: LayoutField): number | boolean | string {
  const v = valueAt(profile, f.paths[0]);
  return (v ?? (f.kind === 'boolean' ? false : '')) as number | boolean | string;
}

/** Vietnamese labels of the override fields, by request path, for validation messages. */
export const LAYOUT_FIELD_LABELS: Record<string, { label: string }> = Object.fromEntries(
  LAYOUT_FIELDS.flatMap((f) => f.paths.map((p) => [`override.${p.join('.')}`, { label: f.label }])),
);

/** The field an issue of layoutOverrideSchema (path inside the override) is about. */
export function fieldOfIssue(path: readonly PropertyKey[]): LayoutField | undefined {
  const key = path.map(String).join('.');
  return LAYOUT_FIELDS.find((f) => f.paths.some((p) => p.join('.') === key));
}
