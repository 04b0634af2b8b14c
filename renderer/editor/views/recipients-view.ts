/**
 * Nơi nhận (ô 9): "Nơi nhận:" then one line per addressee ending with the separator, groups
 * bracketed with their purpose ("để báo cáo"), and the file copy "- Lưu …." always last. The form
 * picks addressees from the organisation's address book (superiors, usual recipients) or takes new
 * lines, sets each group's purpose, and keeps the Lưu line as its own field.
 */
import type { RecipientItem, RecipientsAttrs } from '../../../common/model';
import { cleanRecipient, formatRecipientLines } from '../../../common/rules/recipients';
import { el, field, fill, input, select, setValue } from './dom';
import { FormView } from './form-view';

/** Purposes offered for a group (free text is accepted too). */
export const PURPOSES = ['để báo cáo', 'để chỉ đạo', 'để thực hiện', 'để phối hợp', 'để biết'];

/** Node view of Nơi nhận. */
export class RecipientsView extends FormView<RecipientsAttrs> {
  private rows = el('div', { class: 'vt-items' });
  private archive = input('archive');
  private book!: HTMLSelectElement;

  protected formLabel(): string {
    return 'Nơi nhận';
  }

  private addressBook(): RecipientItem[] {
    const { org } = this.env;
    return [...(org.superiors.length ? [{ lines: [...org.superiors], purpose: 'để báo cáo' }] : []), ...org.recipients];
  }

  protected buildForm(): void {
    const book = this.addressBook();
    this.book = select('book', [['', '— thêm từ danh bạ —'], ...book.map((b, i): [string, string] => [String(i), `${b.lines.join('; ')}${b.purpose ? ` (${b.purpose})` : ''}`]), ['new', '+ Dòng mới']]);
    this.book.addEventListener('change', () => {
      const v = this.book.value;
      this.book.value = '';
      const item = v === 'new' ? { lines: ['(nơi nhận mới)'], purpose: '' } : book[Number(v)];
      if (item) this.commit({ items: [...this.attrs.items, { lines: [...item.lines], purpose: item.purpose }] });
    });
    this.archive.addEventListener('change', () => this.commit({ archive: cleanRecipient(this.archive.value.replace(/^\s*-?\s*Lưu\s*:?\s*/u, '')) }));
    this.form.append(
      el('datalist', { id: 'vt-purposes' }, ...PURPOSES.map((p) => el('option', { value: p }))),
      this.rows, field('Thêm', this.book),
      field(`Dòng lưu (luôn ở cuối): - ${this.env.profile.wording.archivePrefix} …`, this.archive),
      el('button', { type: 'submit', class: 'vt-done' }, 'Xong'));
  }

  private setItem(i: number, change: Partial<RecipientItem> | null): void {
    const items = this.attrs.items.map((x) => ({ ...x, lines: [...x.lines] }));
    if (change === null) items.splice(i, 1);
    else items[i] = { ...items[i], ...change };
    this.commit({ items });
  }

  protected fillForm(a: RecipientsAttrs): void {
    setValue(this.archive, a.archive);
    if (this.rows.contains(this.rows.ownerDocument.activeElement)) return;
    fill(this.rows, ...a.items.map((item, i) => {
      const lines = el('textarea', { 'data-field': `item-${i}`, rows: String(Math.max(1, item.lines.length)), 'aria-label': `Nơi nhận ${i + 1}` });
      lines.value = item.lines.join('\n');
      lines.addEventListener('change', () => {
        const ls = lines.value.split('\n').map(cleanRecipient).filter(Boolean);
        this.setItem(i, ls.length ? { lines: ls } : null);
      });
      const purpose = input(`purpose-${i}`, { list: 'vt-purposes', placeholder: 'mục đích (nếu gộp)', 'aria-label': `Mục đích ${i + 1}` });
      purpose.value = item.purpose;
      purpose.addEventListener('change', () => this.setItem(i, { purpose: purpose.value.trim() }));
      const remove = el('button', { type: 'button', class: 'link danger', 'aria-label': `Bỏ nơi nhận ${i + 1}` }, 'Bỏ');
      remove.addEventListener('click', () => this.setItem(i, null));
      return el('div', { class: 'vt-item' }, lines, purpose, remove);
    }));
  }

  protected drawPrint(a: RecipientsAttrs): void {
    const w = this.env.profile.wording;
    const lines = formatRecipientLines(a, w.recipientSeparator, w.archivePrefix);
    const out: HTMLElement[] = [el('p', { class: 'vt-c-recipientsLabel' }, w.recipientsLabel)];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.group === null) { out.push(el('p', { class: 'vt-c-recipient' }, l.text)); continue; }
      const group = lines.slice(i, i + l.groupSize);
      i += l.groupSize - 1;
      const brace = el('span', { class: 'vt-brace' }, '}');
      brace.style.transform = `scaleY(${group.length})`;
      out.push(el('div', { class: 'vt-rgroup' },
        el('div', { class: 'vt-rlines' }, ...group.map((g) => el('p', { class: 'vt-c-recipient' }, g.text))),
        el('div', { class: 'vt-rbrace' }, brace, el('span', { class: 'vt-c-bracePurpose' }, l.purpose))));
    }
    fill(this.print, ...out);
  }
}
