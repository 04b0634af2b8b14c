/** "Cơ quan gửi" with autocomplete from the address book: ↑/↓ to choose, Enter to take. */
import { useEffect, useId, useRef, useState } from 'react';
import type { AddressRow } from '../../../common/api/domains/desk';

/** Props of SenderInput. */
export interface SenderInputProps { value: string; onChange(v: string): void; inputRef?: React.Ref<HTMLInputElement>; /** The field's error, naming it. */ error?: string }

/** The sender field. */
export function SenderInput({ value, onChange, inputRef, error }: SenderInputProps) {
  const [list, setList] = useState<AddressRow[]>([]);
  const [listFor, setListFor] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  // Closing on blur waits for a click on an option; typing again (a fast clerk) must cancel it.
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    let live = true;
    if (!open) return;
    void window.vanthu.registry.deskSenders({ query: value, limit: 8 }).then((l) => live && (setList(l), setListFor(value), setActive(0)));
    return () => { live = false; };
  }, [value, open]);
  const shown = open && list.length > 0 && !(list.length === 1 && list[0].name === value);
  const take = (name: string) => (onChange(name), setOpen(false));
  return (
    <label className="field ac">
      <span className="field-label">Cơ quan gửi *</span>
      <input ref={inputRef} autoFocus aria-required value={value} role="combobox" aria-expanded={shown} aria-controls={id} aria-label="Cơ quan gửi"
        aria-invalid={error ? true : undefined} aria-describedby={error ? 'in-sender-error' : undefined}
        autoComplete="off" placeholder="Gõ vài chữ: vp tinh uy…"
        onChange={(e) => (clearTimeout(blurTimer.current), onChange(e.target.value), setOpen(true))}
        onFocus={() => clearTimeout(blurTimer.current)} onBlur={() => (blurTimer.current = setTimeout(() => setOpen(false), 150))}
        onKeyDown={(e) => {
          if (!shown) return;
          if (e.key === 'ArrowDown') (e.preventDefault(), setActive((a) => Math.min(a + 1, list.length - 1)));
          else if (e.key === 'ArrowUp') (e.preventDefault(), setActive((a) => Math.max(a - 1, 0)));
          else if (e.key === 'Enter') {
            e.preventDefault();
            // The list may still be the one of a shorter query: ask again rather than take a stale row.
            if (listFor === value) take(list[active].name);
            else void window.vanthu.registry.deskSenders({ query: value, limit: 1 }).then((l) => l[0] && take(l[0].name));
          }
          else if (e.key === 'Escape') setOpen(false);
        }} />
      {shown && (
        <ul id={id} role="listbox" className="ac-list">
          {list.map((a, i) => (
            <li key={a.id} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
              onMouseDown={(e) => (e.preventDefault(), take(a.name))}>{a.name}</li>
          ))}
        </ul>
      )}
      {error && <span className="field-error" id="in-sender-error">{error}</span>}
    </label>
  );
}
