/**
 * The header (ô 1–4, 10, 11): issuing body on the left with the star and the number line, the party
 * title with its rule and the date line on the right. Its form edits the body lines, place, date
 * (dd/mm/yyyy, written as the rule requires), secrecy, urgency, circulation and draft marks; the
 * number is the clerk's and is shown, not edited.
 */
import { SECRECY_LEVELS, URGENCY_LEVELS, type HeaderAttrs } from '../../../common/model';
import { formatDateLine, fromIsoDate, parseDate, shortDate, toIsoDate } from '../../../common/rules/date-line';
import { formatNumber, formatNumberLine } from '../../../common/rules/number';
import { el, field, fill, input, select, setValue } from './dom';
import { limitControl } from './limits';
import { FormView } from './form-view';

/** dd/mm/yyyy of an ISO date, or "" for none. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  return shortDate(fromIsoDate(iso));
}

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
    setValue(c.date, viDate(a.date)); setValue(c.secrecy, a.secrecy); setValue(c.urgency, a.urgency);
    setValue(c.circulation, a.circulation); setValue(c.draftMark, a.draftMark);
    this.numberInfo.textContent = a.serial === null ? `Chưa có số (văn thư cấp khi đăng ký) · ký hiệu -${a.typeCode}/${a.issuerCode}` : formatNumber({ serial: a.serial, typeCode: a.typeCode, issuerCode: a.issuerCode });
  }

  protected drawPrint(a: HeaderAttrs): void {
    const w = this.env.profile.wording;
    const date = a.date ? fromIsoDate(a.date) : null;
    const left = el('div', { class: 'vt-hleft' },
      a.superior && el('p', { class: 'vt-c-superior' }, a.superior),
      el('p', { class: 'vt-c-issuer' }, a.issuer),
      el('p', { class: 'vt-c-star' }, w.star),
      el('p', { class: 'vt-c-number', 'data-print': 'number' }, formatNumberLine(w.numberPrefix, a.typeCode, a.issuerCode, a.serial)),
      a.secrecy && el('p', { class: 'vt-c-mark' }, a.secrecy),
      a.urgency && el('p', { class: 'vt-c-mark' }, a.urgency));
    const right = el('div', { class: 'vt-hright' },
      a.draftMark && el('p', { class: 'vt-c-draftMark' }, a.draftMark),
      el('p', { class: 'vt-c-partyTitle' }, el('span', { class: this.env.profile.partyTitleRule ? 'vt-rule' : '' }, w.partyTitle)),
      el('p', { class: 'vt-c-dateLine', 'data-print': 'date' }, formatDateLine(a.place, date)));
    fill(this.print, a.circulation && el('p', { class: 'vt-c-circulation' }, a.circulation), el('div', { class: 'vt-hrow' }, left, right));
  }
}
