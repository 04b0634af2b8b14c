/** Editor of the signers list (name, title, deputy). */
import type { Signer } from '../../common/org/organisation';

/** Props of Signers. */
export interface SignersProps {
  value: Signer[];
  onChange(value: Signer[]): void;
  /** Errors of the first signer's name and title (naming the field). */
  errors?: { name?: string; title?: string };
}

/** A row per signer, with add and remove. */
export function Signers({ value, onChange, errors = {} }: SignersProps) {
  const set = (i: number, patch: Partial<Signer>) => onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="signers">
      <legend>Người ký</legend>
      {value.map((s, i) => (
        <div className="signer-row" key={i}>
          <input aria-label={`Họ và tên người ký ${i + 1}`} placeholder="Họ và tên" aria-required={i === 0 || undefined} value={s.name} onChange={(e) => set(i, { name: e.target.value })}
            aria-invalid={i === 0 && errors.name ? true : undefined} aria-describedby={i === 0 && errors.name ? 'signer-name-error' : undefined} />
          <input aria-label={`Chức vụ người ký ${i + 1}`} placeholder="Chức vụ (BÍ THƯ)" aria-required={i === 0 || undefined} value={s.title} onChange={(e) => set(i, { title: e.target.value })}
            aria-invalid={i === 0 && errors.title ? true : undefined} aria-describedby={i === 0 && errors.title ? 'signer-title-error' : undefined} />
          <label className="check">
            <input type="checkbox" checked={s.deputy} onChange={(e) => set(i, { deputy: e.target.checked })} /> Cấp phó
          </label>
          {value.length > 1 && (
            <button type="button" className="link" onClick={() => onChange(value.filter((_, j) => j !== i))}>Bỏ</button>
          )}
        </div>
      ))}
      {errors.name && <span className="field-error error-text" id="signer-name-error">{errors.name}</span>}
      {errors.title && <span className="field-error error-text" id="signer-title-error">{errors.title}</span>}
      <button type="button" className="secondary" onClick={() => onChange([...value, { name: '', title: '', deputy: true }])}>
        Thêm người ký
      </button>
    </fieldset>
  );
}
