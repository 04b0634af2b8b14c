/** One labelled input of a form. */
import type { InputHTMLAttributes } from 'react';

/** Props of Field. */
export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
}

/** A label, an input and an optional hint. */
export function Field({ label, hint, value, onChange, ...rest }: FieldProps) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input {...rest} value={value} onChange={(e) => onChange(e.target.value)} />
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}
