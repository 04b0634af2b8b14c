/**
 * Field limits where the user types: every form control of a limited field takes its maximum from
 * common/draft/limits.ts (FIELD_LIMITS, the list the draft validation reads), shows a counter near
 * the limit, and refuses a paste or drop that would pass it with a Vietnamese message naming the
 * field — so a form can never hold what the save would refuse.
 */
import { FIELD_LIMITS, type LimitedField } from '../../../common/draft/limits';
import { limitLabel } from '../../../common/rules/check-limits';
import { el, VALUE_SET } from './dom';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The counter appears once a field holds this share of its limit. */
export const COUNTER_FROM = 0.8;

/** The refusal of a text that would make a field longer than its limit. */
export function overLimitMessage(key: LimitedField, added: number, room: number): string {
  const limit = FIELD_LIMITS[key];
  return `Không dán được: ${limitLabel(key)} dài tối đa ${limit} ký tự; đoạn dán có ${added} ký tự, chỉ còn chỗ cho ${Math.max(0, room)} ký tự. Hãy rút gọn đoạn văn rồi dán lại.`;
}

/** The message of a line of a many-line field over its limit. */
export function lineOverLimitMessage(key: LimitedField, line: number): string {
  return `${limitLabel(key)}: dòng ${line} dài quá ${FIELD_LIMITS[key]} ký tự, hãy rút gọn.`;
}

/** What a limited control reports: its hint element (under the field) and whether it is within its limit. */
export interface Limited {
  hint: HTMLElement;
  /** Whether the value is within the limit (per line for many-line fields). */
  ok(): boolean;
  /** Redraws the counter after the value was set by the view. */
  update(): void;
}

/**
 * Binds a control to its limit. `perLine`: each line of a textarea is one value (Kính gửi), checked
 * line by line, instead of a maxLength on the whole text.
 */
export function limitControl(control: TextControl, key: LimitedField, perLine = false, hint: HTMLElement = el('small', { class: 'vt-limit', 'aria-live': 'polite' })): Limited {
  const limit = FIELD_LIMITS[key];
  if (!hint.id) hint.id = `vt-hint-${Math.random().toString(36).slice(2, 10)}`;
  control.setAttribute('aria-describedby', hint.id);
  control.dataset.limit = String(limit);
  if (!perLine) control.maxLength = limit;
  const counter = el('span', { class: 'vt-counter' });
  const message = el('span', { class: 'vt-limit-msg', role: 'alert' });
  hint.append(message, counter);
  const lines = () => control.value.split('\n');
  const longLine = () => lines().findIndex((l) => l.trim().length > limit);
  const update = () => {
    const len = perLine ? Math.max(0, ...lines().map((l) => l.length)) : control.value.length;
    counter.textContent = len >= limit * COUNTER_FROM ? `${len}/${limit} ký tự` : '';
    counter.classList.toggle('full', len >= limit);
    const bad = perLine ? longLine() : -1;
    if (bad >= 0) message.textContent = lineOverLimitMessage(key, bad + 1);
    else if (message.dataset.kind === 'line') message.textContent = '';
    message.dataset.kind = bad >= 0 ? 'line' : message.textContent ? 'paste' : '';
    control.setAttribute('aria-invalid', String(bad >= 0));
  };
  const refuse = (e: Event, text: string) => {
    const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
    if (perLine) {
      const before = control.value.slice(0, control.selectionStart ?? 0).split('\n').at(-1)!;
      const after = control.value.slice(control.selectionEnd ?? 0).split('\n')[0];
      const pasted = text.split(/\r?\n/u);
      const worst = Math.max(...pasted.map((l, i) => (i === 0 ? before.length : 0) + l.length + (i === pasted.length - 1 ? after.length : 0)));
      if (worst <= limit) return;
      e.preventDefault();
      message.textContent = overLimitMessage(key, text.length, limit - before.length - after.length);
      message.dataset.kind = 'paste';
      return;
    }
    const room = limit - (control.value.length - selected);
    if (text.length <= room) return;
    e.preventDefault();
    message.textContent = overLimitMessage(key, text.length, room);
    message.dataset.kind = 'paste';
  };
  control.addEventListener('paste', (e) => refuse(e, (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''));
  control.addEventListener('drop', (e) => refuse(e, (e as DragEvent).dataTransfer?.getData('text/plain') ?? ''));
  control.addEventListener('input', () => {
    if (message.dataset.kind === 'paste') { message.textContent = ''; message.dataset.kind = ''; }
    update();
  });
  control.addEventListener(VALUE_SET, update);
  update();
  return { hint, ok: () => !perLine || longLine() < 0, update };
}
