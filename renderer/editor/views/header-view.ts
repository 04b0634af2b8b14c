/**
 * The header (ô 1–4, 10, 11), drawn from its printed lines (common/layout/header.ts): the draft mark
 * and circulation line above, the left column (issuing body, star, number, a công văn's summary,
 * marks) and the right one (party title, its rule, the date line). Its form edits the body lines, place, date
 * (dd/mm/yyyy, written as the rule requires), secrecy, urgency, circulation and draft marks; the
 * number is the clerk's and is shown, not edited.
 */
import { headerLines, type Column } from '../../../common/layout';
import { SECRECY_LEVELS, URGENCY_LEVELS, type HeaderAttrs } from '../../../common/model';
import { displayDate, parseDate, toIsoDate } from '../../../common/rules/date-line';
import { formatNumber } from '../../../common/rules/number';
import { el, field, fill, input, select, setValue } from './dom';
import { limitControl } from './limits';
import { lineElement } from './printed-lines';
import { FormView } from './form-view';

/** Node view of the header. */
export class HeaderView extends FormView<HeaderAttrs> {
  private c!: Record<'superior' | 'issuer' | 'place' | 'date' | 'circulation' | 'draftMark', HTMLInputElement> & Record<'secrecy' | 'urgency', HTMLSelectElement>;
  private dateHint = el('small', { class: 'vt-hint', role: 'status' });
  private numberInfo = el('output', { class: 'vt-readonly' });

  protected formLabel(): string {
    return 'Phần đầu văn bản';
  }

  protected buildForm(): void {
    const c = {
      superior: input('superior'), issuer: input('issuer'), place: input('place'),
      date: input('date', { placeholder: 'dd/mm/yyyy', inputmode: 'numeric' }),
      circulation: input('circulation', { list: 'vt-circulation' }), draftMark: input('draftMark'),
      secrecy: select('secrecy', SECRECY_LEVELS.map((s) => [s, s || 'Không'])),
      urgency: select('urgency', URGENCY_LEVELS.map((s) => [s, s || 'Không'])),
    };
    this.c = c;
    const up = (v: string) => v.normalize('NFC').toLocaleUpperCase('vi-VN').trim();
    c.superior.addEventListener('change', () => this.commit({ superior: up(c.superior.value) }));
    c.issuer.addEventListener('change', () => this.commit({ issuer: up(c.issuer.value) }));
    c.place.addEventListener('change', () => this.commit({ place: c.place.value.normalize('NFC').trim() }));
    c.circulation.addEventListener('change', () => this.commit({ circulation: c.circulation.value.trim() }));
    c.draftMark.addEventListener('change', () => this.commit({ draftMark: c.draftMark.value.trim() }));
    c.secrecy.addEventListener('change', () => this.commit({ secrecy: c.secrecy.value as HeaderAttrs['secrecy'] }));
    c.urgency.addEventListener('change', () => this.commit({ urgency: c.urgency.value as HeaderAttrs['urgency'] }));
    c.date.addEventListener('change', () => {
      const v = c.date.value.trim();
      if (!v) { this.dateHint.textContent = 'Để trống: văn thư ghi ngày khi cấp số.'; this.commit({ date: null }); return; }
      const r = parseDate(v);
      this.dateHint.textContent = r.ok ? '' : `Ngày ban hành: ${r.message}`;
      c.date.setAttribute('aria-invalid', String(!r.ok));
      if (r.ok) this.commit({ date: toIsoDate(r.value) });
    });
    const list = el('datalist', { id: 'vt-circulation' }, ...['TÀI LIỆU HỘI NGHỊ', 'Xem xong trả lại', 'Lưu hành nội bộ'].map((v) => el('option', { value: v })));
    const lim = {
      superior: limitControl(c.superior, 'header.superior'), issuer: limitControl(c.issuer, 'header.issuer'),
      place: limitControl(c.place, 'header.place'), circulation: limitControl(c.circulation, 'header.circulation'),
      draftMark: limitControl(c.draftMark, 'header.draftMark'),
    };
    this.dateHint.id = `vt-hint-date-${Math.random().toString(36).slice(2, 10)}`;
    c.date.setAttribute('aria-describedby', this.dateHint.id);
    this.form.append(
      el('div', { class: 'vt-form-grid' },
        field('Cơ quan cấp trên', c.superior, lim.superior.hint), field('Cơ quan ban hành', c.issuer, lim.issuer.hint),
        field('Số, ký hiệu', this.numberInfo), field('Địa danh', c.place, lim.place.hint),
        field('Ngày ban hành (ngày/tháng/năm)', c.date, this.dateHint),
        field('Độ mật', c.secrecy), field('Độ khẩn', c.urgency),
        field('Phạm vi lưu hành', c.circulation, lim.circulation.hint), field('Chỉ dẫn dự thảo', c.draftMark, lim.draftMark.hint)),
      list, el('button', { type: 'submit', class: 'vt-done' }, 'Xong'));
  }

  protected fillForm(a: HeaderAttrs): void {
    const c = this.c;
    setValue(c.superior, a.superior); setValue(c.issuer, a.issuer); setValue(c.place, a.place);
    setValue(c.date, displayDate(a.date)); setValue(c.secrecy, a.secrecy); setValue(c.urgency, a.urgency);
    setValue(c.circulation, a.circulation); setValue(c.draftMark, a.draftMark);
    this.numberInfo.textContent = a.serial === null ? `Chưa có số (văn thư cấp khi đăng ký) · ký hiệu -${a.typeCode}/${a.issuerCode}` : formatNumber({ serial: a.serial, typeCode: a.typeCode, issuerCode: a.issuerCode });
  }

  /** The header prints a công văn's summary (the title's) in its left column: redrawn when it changes. */
  protected printKey(): string {
    const t = this.layout.title;
    return JSON.stringify([t.layout, t.summary]);
  }

  protected drawPrint(a: HeaderAttrs): void {
    const lines = headerLines(a, this.layout);
    const els = (column?: Column) => lines.filter((l) => l.column === column).map((l) => {
      const e = lineElement(l);
      // The công văn's summary is the title's: a click opens the title's form at that field.
      if (l.role === 'letter-summary') { e.dataset.opens = 'title'; e.dataset.opensField = 'summary'; }
      return e;
    });
    fill(this.print, ...els(undefined),
      el('div', { class: 'vt-hrow' }, el('div', { class: 'vt-hleft' }, ...els('left')), el('div', { class: 'vt-hright' }, ...els('right'))));
  }
}
