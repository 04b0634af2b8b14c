/**
 * Nơi nhận (ô 9): "Nơi nhận:" then one line per addressee ending with the separator, groups
 * bracketed with their purpose ("để báo cáo"), and the file copy "- Lưu …." always last. The form
 * picks addressees from the organisation's address book (superiors, usual recipients) or takes new
 * lines, sets each group's purpose, and keeps the Lưu line as its own field.
 *
 * Each line of a group is its own field (limited as the draft validation limits it). "+ Dòng mới"
 * adds an empty line, focused, with a placeholder — never a literal text to overwrite; what is saved
 * is read back from the form's lines, and empty lines are not saved. Enter in a line adds the next
 * line of the same group.
 */
import { recipientsLines } from '../../../common/layout';
import type { RecipientItem, RecipientsAttrs } from '../../../common/model';
import { LIST_LIMITS } from '../../../common/draft/limits';
import { cleanRecipient } from '../../../common/rules/recipients';
import { el, field, fill, input, select, setValue } from './dom';
import { FormView } from './form-view';
import { limitControl } from './limits';
import { lineElements } from './printed-lines';

/** Purposes offered for a group (free text is accepted too). */
export const PURPOSES = ['để báo cáo', 'để chỉ đạo', 'để thực hiện', 'để phối hợp', 'để biết'];

/** Placeholder of a new line of Nơi nhận. */
export const NEW_LINE_PLACEHOLDER = 'Gõ tên nơi nhận, ví dụ: Các ban đảng Tỉnh ủy';

/** Id of the datalist offering the lines of the Nơi nhận address book (Cài đặt → Nơi nhận) to each line. */
export const BOOK_LIST_ID = 'vt-recipient-book';

/** That datalist, filled when the address book arrives (stays empty without the API, as in unit tests). */
function addressBookList(): HTMLElement {
  const list = el('datalist', { id: BOOK_LIST_ID });
  window.vanthu?.registry?.deskRecipientBook?.().then((b) => list.append(...b.entries.map((e) => el('option', { value: e.text }))), () => undefined);
  return list;
}

/** A typed file-copy line without the "- Lưu:" the user may have typed (the profile's word; the rule prints it). */
function withoutArchivePrefix(text: string, prefix: string): string {
  const word = prefix.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return text.replace(new RegExp(`^\\s*-?\\s*${word}\\s*:?\\s*`, 'u'), '');
}

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
      if (v === 'new') { this.addRow({ lines: [''], purpose: '' }).querySelector('input')?.focus(); return; }
      const item = book[Number(v)];
      if (item) this.commit({ items: [...this.attrs.items, { lines: [...item.lines], purpose: item.purpose }] });
    });
    const archiveLimit = limitControl(this.archive, 'recipients.archive');
    this.archive.addEventListener('change', () => this.commit({ archive: cleanRecipient(withoutArchivePrefix(this.archive.value, this.env.profile.wording.archivePrefix)) }));
    this.rows.addEventListener('change', () => this.commitRows());
    this.form.append(
      el('datalist', { id: 'vt-purposes' }, ...PURPOSES.map((p) => el('option', { value: p }))),
      addressBookList(),
      this.rows, field('Thêm', this.book),
      field(`Dòng lưu (luôn ở cuối): - ${this.env.profile.wording.archivePrefix} …`, this.archive, archiveLimit.hint),
      el('button', { type: 'submit', class: 'vt-done' }, 'Xong'));
  }

  /** The groups as the form holds them, without empty lines (and without groups left empty). */
  private readRows(): RecipientItem[] {
    return [...this.rows.querySelectorAll<HTMLElement>('.vt-item')].flatMap((row) => {
      const lines = [...row.querySelectorAll<HTMLInputElement>('input[data-line]')].map((i) => cleanRecipient(i.value)).filter(Boolean);
      const purpose = row.querySelector<HTMLInputElement>('input[data-purpose]')!.value.trim();
      return lines.length ? [{ lines, purpose }] : [];
    });
  }

  /** Set while the rows commit: they already show what is committed (and the focus may be moving inside them). */
  private fromRows = false;

  private commitRows(): void {
    if ([...this.rows.querySelectorAll('[aria-invalid="true"]')].length) return;
    this.fromRows = true;
    try { this.commit({ items: this.readRows() }); } finally { this.fromRows = false; }
  }

  /** A line field of a group. */
  private lineField(row: HTMLElement, value: string): HTMLElement {
    const line = input('line', { 'data-line': '', list: BOOK_LIST_ID, placeholder: value ? undefined : NEW_LINE_PLACEHOLDER });
    line.value = value;
    const limit = limitControl(line, 'recipients.items');
    line.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.isComposing) return;
      e.preventDefault();
      const lines = row.querySelectorAll('input[data-line]').length;
      if (lines >= LIST_LIMITS['recipients.lines']) return;
      const next = this.lineField(row, '');
      line.closest('.vt-line')!.after(next);
      next.querySelector('input')!.focus();
    });
    return el('div', { class: 'vt-line' }, line, limit.hint);
  }

  /** Adds the row of a group at the end of the form (not saved until it has a line of text). */
  private addRow(item: RecipientItem): HTMLElement {
    const row = el('div', { class: 'vt-item', role: 'group' });
    const lines = el('div', { class: 'vt-item-lines' }, ...item.lines.map((l) => this.lineField(row, l)));
    const purpose = input('purpose', { 'data-purpose': '', list: 'vt-purposes', placeholder: 'mục đích (nếu gộp)' });
    purpose.value = item.purpose;
    const purposeLimit = limitControl(purpose, 'recipients.purpose');
    const more = el('button', { type: 'button', class: 'link', title: 'Thêm một dòng vào nhóm này (hoặc Enter ở cuối dòng)' }, '+ dòng');
    more.addEventListener('click', () => {
      if (lines.childElementCount >= LIST_LIMITS['recipients.lines']) return;
      const next = this.lineField(row, '');
      lines.append(next);
      next.querySelector('input')!.focus();
    });
    const remove = el('button', { type: 'button', class: 'link danger' }, 'Bỏ');
    remove.addEventListener('click', () => { row.remove(); this.commitRows(); this.book.focus(); });
    row.append(lines, el('div', { class: 'vt-line' }, purpose, purposeLimit.hint), el('div', { class: 'vt-item-actions' }, more, remove));
    this.rows.append(row);
    this.label();
    return row;
  }

  /** Numbers the rows' accessible names and field names after a change. */
  private label(): void {
    this.rows.querySelectorAll<HTMLElement>('.vt-item').forEach((row, i) => {
      row.setAttribute('aria-label', `Nơi nhận ${i + 1}`);
      row.querySelectorAll<HTMLInputElement>('input[data-line]').forEach((l, j) => {
        l.dataset.field = `item-${i}-${j}`;
        l.setAttribute('aria-label', `Nơi nhận ${i + 1}, dòng ${j + 1}`);
      });
      row.querySelector('input[data-purpose]')?.setAttribute('aria-label', `Mục đích ${i + 1}`);
      row.querySelector('.danger')?.setAttribute('aria-label', `Bỏ nơi nhận ${i + 1}`);
    });
    const full = this.rows.childElementCount >= LIST_LIMITS['recipients.items'];
    this.book.disabled = full;
    this.book.title = full ? `Đã đủ ${LIST_LIMITS['recipients.items']} nhóm nơi nhận, không thêm được nữa.` : '';
  }

  protected fillForm(a: RecipientsAttrs): void {
    setValue(this.archive, a.archive);
    if (this.fromRows || this.rows.contains(this.rows.ownerDocument.activeElement)) return;
    fill(this.rows);
    for (const item of a.items) this.addRow(item);
    this.label();
  }

  protected drawPrint(a: RecipientsAttrs): void {
    fill(this.print, ...lineElements(recipientsLines(a, this.layout)));
  }
}
