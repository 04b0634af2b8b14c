/**
 * A date typed the Vietnamese way ("10/3/21", "10/03/2021"), whatever the browser's locale;
 * the parent keeps it as yyyy-mm-dd ('' while empty or wrong).
 */
import { useEffect, useState } from 'react';
import { parseDate, toIsoDate } from '../../common/rules/date-line';
import { viDate } from '../screens/format';

/** Props of DateField. */
export interface DateFieldProps {
  label: string;
  value: string;
  onChange(iso: string): void;
  required?: boolean;
}

function isoOf(text: string): string {
  const r = parseDate(text);
  return r.ok ? toIsoDate(r.value) : '';
}

/** A labelled date input in dd/mm/yyyy. */
export function DateField({ label, value, onChange, required }: DateFieldProps) {
  const [text, setText] = useState(viDate(value));
  useEffect(() => {
    if (isoOf(text) !== value) setText(viDate(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const r = text.trim() ? parseDate(text) : null;
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        inputMode="numeric"
        placeholder="ngày/tháng/năm"
        required={required}
        value={text}
        aria-invalid={r !== null && !r.ok}
        onChange={(e) => {
          setText(e.target.value);
          onChange(isoOf(e.target.value));
        }}
      />
      {r && !r.ok && <span className="field-hint error-text">{r.message}</span>}
    </label>
  );
}
