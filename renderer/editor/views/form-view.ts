/**
 * Base of the node views of the locked parts (header, title, signature, Nơi nhận): the part drawn
 * as it prints, and under it a form opened by a click. The print part is redrawn only when the
 * node's attributes change (memoised); the form is built once and patched, so typing in it never
 * loses focus. The editor keeps out of the form (stopEvent, ignoreMutation), and every change goes
 * through one app transaction, the only kind the lock accepts for these parts.
 */
import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import type { EditorEnv } from '../env';
import { appTransaction, lockKey } from '../lock';
import { el } from './dom';

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
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.toggle(false); });
    this.dom = el('div', { class: `vt-part vt-part-${name}`, 'data-part': name }, this.print, this.form);
    this.print.addEventListener('mousedown', (e) => { e.preventDefault(); this.toggle(); });
    this.print.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.toggle(); } });
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

  /** Whether the document is issued (read-only). */
  protected get issued(): boolean {
    return !!lockKey.getState(this.view.state)?.issued || !this.view.editable;
  }

  /** Opens or closes the form. */
  toggle(open = !this.dom.classList.contains('open')): void {
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
    const c = (name && this.form.querySelector<HTMLElement>(`[data-field="${name}"]`)) || this.form.querySelector<HTMLElement>('input, select, textarea');
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

  private refresh(): void {
    const key = JSON.stringify(this.node.attrs);
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

  stopEvent(e: Event): boolean {
    return this.form.contains(e.target as globalThis.Node) || this.print.contains(e.target as globalThis.Node);
  }

  /** Mutations of the print and the form are the view's own; ProseMirror ignores them. */
  ignoreMutation(_m?: ViewMutationRecord): boolean {
    return true;
  }

  selectNode(): void {}
  deselectNode(): void {}
}
