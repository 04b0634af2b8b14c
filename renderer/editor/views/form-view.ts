/**
 * Base of the node views of the locked parts (header, title, signature, Nơi nhận): the part drawn
 * as it prints, and under it a form opened by a click. The print part is redrawn only when the
 * node's attributes change (memoised); the form is built once and patched, so typing in it never
 * loses focus. The editor keeps out of the form (stopEvent, ignoreMutation), and every change goes
 * through one app transaction, the only kind the lock accepts for these parts.
 *
 * An open form owns the keyboard: opening it moves the focus into its first field (the caret leaves
 * the body), Tab and Shift+Tab cycle through its controls without leaving it, Escape closes it and
 * gives the focus back to the printed part. The editor's form guard (form-guard.ts) refuses typing,
 * IME, paste and drop into the body while a form is open.
 */
import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import { layoutContext, type LayoutContext } from '../../../common/layout';
import type { EditorEnv } from '../env';
import { appTransaction, lockKey } from '../lock';
import { el } from './dom';

/** The node view drawing each part's element (a part's print may depend on another part: the header on the title). */
const byElement = new WeakMap<Element, FormView<object>>();

/** The node view of a part of an editor, by part name (undefined while it is not drawn). */
export function partView(view: EditorView, name: string): FormView<object> | undefined {
  const dom = view.dom.querySelector(`[data-part="${name}"]`);
  return dom ? byElement.get(dom) : undefined;
}

/** A node view drawing a structured part and its form. */
export abstract class FormView<A extends object> implements NodeView {
  /** The outer element. */
  dom: HTMLElement;
  /** The printed look of the part. */
  protected print: HTMLElement;
  /** The form editing the part's attributes. */
  protected form: HTMLFormElement;
  private key = '';

  constructor(protected node: Node, protected view: EditorView, protected getPos: () => number | undefined, protected env: EditorEnv) {
    const name = node.type.name;
    this.print = el('div', { class: 'vt-print', title: 'Bấm để sửa', role: 'button', tabindex: '0', 'data-open': name });
    this.form = el('form', { class: 'vt-form', 'data-form': name, 'aria-label': this.formLabel() });
    this.form.noValidate = true;
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.close(); });
    this.form.addEventListener('keydown', (e) => this.formKey(e));
    this.dom = el('div', { class: `vt-part vt-part-${name}`, 'data-part': name }, this.print, this.form);
    byElement.set(this.dom, this as FormView<object>);
    this.print.addEventListener('mousedown', (e) => {
      e.preventDefault();
      // A line printed here from another part's attributes (a công văn's summary in the header) opens that part's form.
      const other = (e.target as Element).closest?.('[data-opens]')?.getAttribute('data-opens');
      const owner = other ? partView(this.view, other) : undefined;
      if (owner) owner.focusField((e.target as Element).closest('[data-opens-field]')?.getAttribute('data-opens-field') ?? undefined);
      else this.openOrClose();
    });
    this.print.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.openOrClose(); } });
  }

  /** A click (or Enter) on the printed part: opens the form with the focus in it, or closes it. */
  private openOrClose(): void {
    if (this.isOpen) this.close();
    else this.focusField();
  }

  /** Whether the form is open. */
  get isOpen(): boolean {
    return this.dom.classList.contains('open');
  }

  /** The controls of the form that take the focus, in order. */
  protected focusables(): HTMLElement[] {
    const all = [...this.form.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((c) => !(c as HTMLInputElement).disabled);
    const shown = all.filter((c) => c.getClientRects().length > 0);
    return shown.length ? shown : all; // (no layout in jsdom)
  }

  /** Tab / Shift+Tab stay in the form (from the last control to the first and back); Escape closes it. */
  private formKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      return;
    }
    if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
    const list = this.focusables();
    if (!list.length) return;
    const i = list.indexOf(e.target as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : (i < 0 || i === list.length - 1 ? 0 : i + 1);
    if ((e.shiftKey && i <= 0) || (!e.shiftKey && (i < 0 || i === list.length - 1))) {
      e.preventDefault();
      list[next].focus();
    }
  }

  /** Closes the form; the focus goes back to the printed part when it was in the form. */
  close(): void {
    const inForm = this.form.contains(this.dom.ownerDocument.activeElement);
    // A change still being typed is committed first (the "change" event of the focused control).
    if (inForm) (this.dom.ownerDocument.activeElement as HTMLElement).blur();
    this.toggle(false);
    if (inForm) this.print.focus({ preventScroll: true });
  }

  /** Builds the form and draws the part; called once after construction (subclass fields exist by then). */
  init(): this {
    this.buildForm();
    this.refresh();
    return this;
  }

  /** Accessible name of the form. */
  protected abstract formLabel(): string;
  /** Builds the form controls once. */
  protected abstract buildForm(): void;
  /** Draws the printed look from the attributes. */
  protected abstract drawPrint(a: A): void;
  /** Puts the attributes into the form controls (skipping the focused one). */
  protected abstract fillForm(a: A): void;

  /** The node's attributes. */
  protected get attrs(): A {
    return this.node.attrs as A;
  }

  /** The layout context of the part's printed lines: the profile in force and the document's title. */
  protected get layout(): LayoutContext {
    return layoutContext(this.view.state.doc, this.env.profile);
  }

  /** Whether the document is issued (read-only). */
  protected get issued(): boolean {
    return !!lockKey.getState(this.view.state)?.issued || !this.view.editable;
  }

  /** Opens or closes the form. */
  toggle(open = !this.isOpen): void {
    this.dom.classList.toggle('open', open && !this.issued);
  }

  /** Takes a new environment (another layout profile after the date changed) and redraws the print. */
  setEnv(env: EditorEnv): void {
    this.env = env;
    this.key = '';
    this.refresh();
  }

  /** Opens the form and focuses a field (the check panel jumps here). */
  focusField(name?: string): void {
    this.toggle(true);
    if (!this.isOpen) return;
    const c = (name && this.form.querySelector<HTMLElement>(`[data-field="${name}"]`)) || this.focusables()[0];
    c?.focus();
  }

  /** Writes new attribute values through an app transaction. */
  protected commit(change: Partial<A>): void {
    const pos = this.getPos();
    if (pos === undefined || this.issued) return;
    const attrs = { ...this.node.attrs, ...change };
    if (JSON.stringify(attrs) === JSON.stringify(this.node.attrs)) return;
    this.view.dispatch(appTransaction(this.view.state.tr.setNodeMarkup(pos, undefined, attrs)));
  }

  /** What the print depends on besides the node's attributes (another part's), as a string. */
  protected printKey(): string {
    return '';
  }

  /** Redraws the print and the form if the attributes or what the print depends on changed. */
  refresh(): void {
    const key = JSON.stringify(this.node.attrs) + this.printKey();
    if (key === this.key) return;
    this.key = key;
    this.drawPrint(this.attrs);
    this.fillForm(this.attrs);
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.refresh();
    return true;
  }

  /** Whether a DOM node is part of this view's form or printed part (not of free content inside it). */
  ownsControl(target: globalThis.Node): boolean {
    return this.form.contains(target) || this.print.contains(target);
  }

  stopEvent(e: Event): boolean {
    return this.ownsControl(e.target as globalThis.Node);
  }

  /** Mutations of the print and the form are the view's own; ProseMirror ignores them. */
  ignoreMutation(_m?: ViewMutationRecord): boolean {
    return true;
  }

  selectNode(): void {}
  deselectNode(): void {}
}
