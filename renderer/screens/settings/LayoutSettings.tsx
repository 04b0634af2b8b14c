/**
 * Cài đặt → Thể thức văn bản: which guide lays out the documents (by their date, or always HD 36 /
 * HD 05) and the organisation's own value for each setting the spec marks uncertain, shown with the
 * profiles' defaults and why each is uncertain. Saved for new drafts; existing drafts keep theirs.
 */
import { useState } from 'react';
import type { SettingsStatus } from '../../../common/api';
import { LAYOUT_SETTINGS, NOT_OVERRIDABLE, defaultOf, type LayoutField } from '../../../common/org/layout-settings';
import { PROFILES } from '../../../common/profile/index';
import { displayDate } from '../../../common/rules/date-line';
import { useBusy } from '../../app/busy';
import { Notice } from '../Notice';
import { choiceOf, formOf, showValue, type LayoutForm } from './layout-form';

/** Props of LayoutSettings. */
export interface LayoutSettingsProps {
  status: SettingsStatus;
  onChanged(): void;
}

const [HD36, HD05] = PROFILES;

function FieldInput({ f, value, onChange }: { f: LayoutField; value: string; onChange(v: string): void }) {
  if (f.kind === 'number') {
    return <input className="short" inputMode="decimal" aria-label={f.label} placeholder="theo mặc định" value={value} onChange={(e) => onChange(e.target.value)} />;
  }
  const options = f.kind === 'boolean' ? [['yes', 'có'], ['no', 'không']] : f.choices!.map((c) => [`=${c.value}`, c.label]);
  return (
    <select aria-label={f.label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">theo mặc định</option>
      {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
    </select>
  );
}

/** The "Thể thức văn bản" tab. */
export function LayoutSettings({ status, onChanged }: LayoutSettingsProps) {
  const busy = useBusy();
  const layout = status.organisation?.layout ?? { profile: null, override: {} };
  const [profile, setProfile] = useState<string | null>(layout.profile);
  const [form, setForm] = useState<LayoutForm>(() => formOf(layout.override));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const shown = profile === null ? [HD36, HD05] : PROFILES.filter((p) => p.id === profile);
  /** Class of a guide's column: greyed when the organisation pins the other guide. */
  const off = (id: string) => (profile !== null && profile !== id ? 'off' : '');
  const set = (id: string, v: string) => (setForm({ ...form, [id]: v }), setSaved(false));
  const save = async () => {
    const r = choiceOf(profile, form);
    if (!r.ok) return setErrors(r.errors);
    setErrors([]);
    if (await busy.run('Lưu thể thức văn bản', () => window.vanthu.settings.saveLayout(r.choice))) (setSaved(true), onChanged());
  };
  return (
    <div className="card layout-settings">
      <h2>Thể thức văn bản</h2>
      <Notice>Thay đổi ở đây chỉ áp dụng cho <strong>dự thảo tạo mới</strong>. Dự thảo đã có giữ nguyên thể thức đã chép vào lúc tạo.</Notice>
      <fieldset className="layout-profile">
        <legend>Hướng dẫn thể thức áp dụng</legend>
        <label className="check"><input type="radio" name="profile" checked={profile === null} onChange={() => (setProfile(null), setSaved(false))} />
          Tự động theo ngày văn bản: {HD36.name} trước {displayDate(HD05.validFrom)}, {HD05.name} từ ngày đó</label>
        {PROFILES.map((p) => (
          <label key={p.id} className="check"><input type="radio" name="profile" checked={profile === p.id} onChange={() => (setProfile(p.id), setSaved(false))} />
            Luôn dùng {p.name}</label>
        ))}
      </fieldset>
      <p className="muted">Các giá trị dưới đây chưa chắc chắn (chưa đối chiếu được nguyên văn hướng dẫn). Để trống hoặc chọn "theo mặc định" để dùng giá trị của hướng dẫn.</p>
      <table className="table layout-table">
        <thead><tr><th>Thông số</th>{[HD36, HD05].map((p) => <th key={p.id} className={off(p.id)}>{p.name.replace('Hướng dẫn ', 'HD ')}</th>)}<th>Cơ quan dùng</th><th>Vì sao chưa chắc chắn</th></tr></thead>
        <tbody>
          {LAYOUT_SETTINGS.map((s) => s.fields.map((f, i) => (
            <tr key={f.id} data-setting={s.key}>
              <td>{f.label}</td>
              <td className={`nowrap ${off(HD36.id)}`}>{showValue(f, defaultOf(HD36, f))}</td>
              <td className={`nowrap ${off(HD05.id)}`}>{showValue(f, defaultOf(HD05, f))}</td>
              <td><FieldInput f={f} value={form[f.id] ?? ''} onChange={(v) => set(f.id, v)} /></td>
              {i === 0 && <td rowSpan={s.fields.length} className="layout-note">{[...new Set(shown.map((p) => p.uncertain[s.key]).filter(Boolean))].map((n) => <div key={n}>{n}</div>)}</td>}
            </tr>
          )))}
          {Object.entries(NOT_OVERRIDABLE).map(([key, why]) => (
            <tr key={key} data-setting={key}>
              <td>Ngày bắt đầu áp dụng HD 05</td><td>—</td><td className="nowrap">{displayDate(HD05.validFrom)}</td><td className="muted">{why}</td>
              <td className="layout-note">{HD05.uncertain[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > 0 && <Notice kind="error">{errors.map((e) => <div key={e}>{e}</div>)}</Notice>}
      <div className="actions">
        {saved && <span role="status">Đã lưu. Dự thảo tạo từ bây giờ dùng thể thức này.</span>}
        <button type="button" className="secondary" onClick={() => (setForm(formOf({})), setSaved(false))}>Đặt lại mặc định</button>
        <button type="button" className="primary" onClick={() => void save()}>Lưu thể thức</button>
      </div>
    </div>
  );
}
