/** Small DOM builders for the forms of the node views (no framework: the views build once, then patch). */

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (false/undefined skipped) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/** A labelled field: <label><span>label</span>control</label>. */
export function field(label: string, control: HTMLElement, hint?: HTMLElement): HTMLLabelElement {
  return el('label', { class: 'vt-field' }, el('span', {}, label), control, hint);
}

/** A text input bound to a field name. */
export function input(name: string, attrs: Attrs = {}): HTMLInputElement {
  return el('input', { type: 'text', name, 'data-field': name, autocomplete: 'off', spellcheck: 'false', ...attrs });
}

/** A select with [value, label] options. */
export function select(name: string, options: [string, string][]): HTMLSelectElement {
  const s = el('select', { name, 'data-field': name });
  for (const [v, l] of options) s.append(el('option', { value: v }, l));
  return s;
}

/** Event fired on a control whose value the view set (the limit counter redraws on it). */
export const VALUE_SET = 'vt-value-set';

/** Sets a control's value unless the user is typing in it. */
export function setValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  if (control.ownerDocument.activeElement !== control && control.value !== value) {
    control.value = value;
    control.dispatchEvent(new Event(VALUE_SET));
  }
}

/** Replaces an element's children. */
export function fill(parent: HTMLElement, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => !!c));
}
