/**
 * The title (ô 5a/5b), drawn from its printed lines (common/layout/title.ts): type name, author line
 * and summary centred under the header with the separator, then "Kính gửi:" and the addressees; a
 * công văn's summary is printed by the header, under the number. Its form edits the author line, the summary and the addressees.
 */
import { titleLines } from '../../../common/layout';
import type { TitleAttrs } from '../../../common/model';
import { normaliseBroken } from '../../../common/text/manual-breaks';
import { el, field, fill, setValue } from './dom';
import { limitControl, type Limited } from './limits';
import { FormView, partView } from './form-view';
import { lineElements } from './printed-lines';

/**
 * A title line's field: a textarea where Shift+Enter inserts the drafter's line break and Enter
 * (outside an IME composition) finishes the form, as in a one-line field.
 */
function brokenField(name: string, rows: number): HTMLTextAreaElement {
  const t = el('textarea', { name, 'data-field': name, rows: String(rows), spellcheck: 'false', class: 'vt-broken' });
  t.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    t.form?.requestSubmit();
  });
  return t;
}

/** Node view of the title. */
export class TitleView extends FormView<TitleAttrs> {
  private typeName = brokenField('typeName', 1);
  private author = brokenField('author', 1);
  private summary = brokenField('summary', 2);
  private addressees = el('textarea', { name: 'addressees', 'data-field': 'addressees', rows: '2', spellcheck: 'false' });

  protected formLabel(): string {
    return 'Tên loại và trích yếu';
  }

  private addresseesLimit!: Limited;

  protected buildForm(): void {
    const lim = {
      typeName: limitControl(this.typeName, 'title.typeName'), author: limitControl(this.author, 'title.author'),
      summary: limitControl(this.summary, 'title.summary'),
    };
    this.addresseesLimit = limitControl(this.addressees, 'title.addressees', true);
    const norm = (v: string) => v.normalize('NFC').replace(/\s+/gu, ' ').trim();
    this.typeName.addEventListener('change', () => this.commit({ typeName: normaliseBroken(this.typeName.value).toLocaleUpperCase('vi-VN') }));
    this.author.addEventListener('change', () => this.commit({ author: normaliseBroken(this.author.value).toLocaleUpperCase('vi-VN') }));
    this.summary.addEventListener('change', () => this.commit({ summary: normaliseBroken(this.summary.value) }));
    this.addressees.addEventListener('change', () => this.addresseesLimit.ok() && this.commit({ addressees: this.addressees.value.split('\n').map(norm).filter(Boolean) }));
    const letter = this.attrs.layout === 'letter';
    this.form.append(el('div', { class: 'vt-form-grid' },
      !letter && field('Tên loại', this.typeName, lim.typeName.hint),
      !letter && field('Tác giả (nếu có)', this.author, lim.author.hint),
      field('Trích yếu', this.summary, lim.summary.hint),
      el('small', { class: 'vt-hint' }, 'Muốn xuống dòng ở chỗ nào (ví dụ giữ nguyên cụm "(KHÓA XVI)"), bấm Shift+Enter; Enter là xong.'),
      letter && field('Kính gửi (mỗi dòng một nơi)', this.addressees, this.addresseesLimit.hint)),
      el('button', { type: 'submit', class: 'vt-done' }, 'Xong'));
  }

  protected fillForm(a: TitleAttrs): void {
    setValue(this.typeName, a.typeName); setValue(this.author, a.author);
    setValue(this.summary, a.summary); setValue(this.addressees, a.addressees.join('\n'));
  }

  protected drawPrint(a: TitleAttrs): void {
    fill(this.print, ...lineElements(titleLines(a, { ...this.layout, title: a })));
    // The header prints a công văn's summary: it redraws when the title changes.
    partView(this.view, 'header')?.refresh();
  }
}
