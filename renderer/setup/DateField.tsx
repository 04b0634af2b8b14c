/**
 * A date typed the Vietnamese way ("10/3/21", "10/03/2021"), whatever the browser's locale;
 * the parent keeps it as yyyy-mm-dd ('' while empty or wrong).
 */
import { useEffect, useId, useState } from 'react';
import { displayDate, parseDate, toIsoDate } from '../../common/rules/date-line';

/** Props of DateField. */
export interface DateFieldProps {
  label: string;
  value: string;
  onChange(iso: string): void;
  required?: boolean;
  /** The field's error from the form (naming it); a date that cannot be read is said at once. */
  error?: string;
  /** Tells the form what was typed (to name an unreadable date). */
  onText?(text: string): void;
}

function isoOf(text: string): string {
  const r = parseDate(text);
  return r.ok ? toIsoDate(r.value) : '';
}

/** A labelled date input in dd/mm/yyyy. */
export function DateField({ label, value, onChange, required, error, onText }: DateFieldProps) {
  const id = useId();
  const [text, setText] = useState(displayDate(value));
  useEffect(() => {
    if (isoOf(text) !== value) setText(displayDate(value));
  }, [value]);
  const r = text.trim() ? parseDate(text) : null;
  const shown = error ?? (r && !r.ok ? `${label}: ${r.message}` : '');
  return (
    <label className="field">
      <span className="field-label">{label}{required ? ' *' : ''}</span>
      <input
        inputMode="numeric"
        placeholder="ngày/tháng/năm"
        aria-required={required || undefined}
        value={text}
        aria-invalid={error || (r !== null && !r.ok) ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onText?.(e.target.value);
          onChange(isoOf(e.target.value));
        }}
      />
      {shown && <span className="field-error error-text" id={`${id}-error`}>{shown}</span>}
    </label>
  );
}
