/** One labelled input of a form. */
import { useId, type InputHTMLAttributes } from 'react';

/** Props of Field. */
export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  /** The field's error, naming it (shown under the input, announced with it). */
  error?: string;
}

/** A label, an input, its error (naming the field) and an optional hint; `required` is checked by the form, not the browser. */
export function Field({ label, hint, value, onChange, error, required, ...rest }: FieldProps) {
  const id = useId();
  return (
    <label className="field">
      <span className="field-label">{label}{required ? ' *' : ''}</span>
      <input {...rest} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
        value={value} onChange={(e) => onChange(e.target.value)} />
      {error && <span className="field-error error-text" id={`${id}-error`}>{error}</span>}
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}
