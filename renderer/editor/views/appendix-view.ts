/**
 * An appendix (phụ lục): its label and title drawn as they print (the profile's appendix styles),
 * a form under them (label, title, "Xóa phụ lục"), then its blocks, edited as freely as the body.
 * The printed part starts a new page (`data-break="page"`), as the exporter's page break does.
 */
import type { ViewMutationRecord } from 'prosemirror-view';
import { appendixLines } from '../../../common/layout';
import type { AppendixAttrs } from '../../../common/model';
import { removeAppendix } from '../appendix';
import { el, field, fill, input, setValue } from './dom';
import { FormView } from './form-view';
import { lineElements } from './printed-lines';

/** Node view of an appendix: a locked head (form) and its free content. */
export class AppendixView extends FormView<AppendixAttrs> {
  /** Where ProseMirror draws the appendix's blocks. */
  contentDOM = el('section', { class: 'vt-appendix' });
  private label = input('label');
  private title = el('textarea', { name: 'title', 'data-field': 'title', rows: '2', spellcheck: 'false' });

  protected formLabel(): string {
    return 'Phụ lục';
  }

  protected buildForm(): void {
    const norm = (v: string) => v.normalize('NFC').replace(/\s+/gu, ' ').trim();
    this.label.addEventListener('change', () => this.commit({ label: norm(this.label.value) || this.attrs.label }));
    this.title.addEventListener('change', () => this.commit({ title: norm(this.title.value) }));
    const remove = el('button', { type: 'button', class: 'link danger', 'data-action': 'remove-appendix' }, 'Xóa phụ lục');
    remove.addEventListener('click', () => {
      const pos = this.getPos();
      if (pos !== undefined && !this.issued) removeAppendix(pos)(this.view.state, this.view.dispatch);
    });
    this.form.append(
      el('div', { class: 'vt-form-grid' }, field('Nhãn (PHỤ LỤC, PHỤ LỤC 1 …)', this.label), field('Tên phụ lục', this.title)),
      el('div', { class: 'vt-form-actions' }, el('button', { type: 'submit', class: 'vt-done' }, 'Xong'), remove));
    const head = el('div', { class: 'vt-appendix-head', contenteditable: 'false' }, this.print, this.form);
    this.dom.dataset.break = 'page';
    const mark = el('div', { class: 'vt-appendix-break', contenteditable: 'false', 'aria-hidden': 'true' }, el('span', { title: 'Phụ lục in từ trang mới' }, 'Trang mới'));
    this.dom.append(mark, head, this.contentDOM);
  }

  protected fillForm(a: AppendixAttrs): void {
    setValue(this.label, a.label);
    setValue(this.title, a.title);
  }

  protected drawPrint(a: AppendixAttrs): void {
    fill(this.print, ...lineElements(appendixLines(a, this.layout)));
  }

  ignoreMutation(m: ViewMutationRecord): boolean {
    return !this.contentDOM.contains(m.target);
  }
}
