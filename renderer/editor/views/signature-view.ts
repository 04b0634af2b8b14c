/**
 * The signature block (ô 7): authority line (T/M, K/T, T/L; T/U and Q. when the organisation turned
 * them on), title, space for signature and seal, name. The form offers the signers of the
 * organisation, the authorities allowed for the issuer's kind first, and warns at once when the
 * chosen authority is wrong for it.
 */
import { signatureLinesOf } from '../../../common/layout';
import type { SignatureAttrs } from '../../../common/model';
import { allowedAuthorities, checkSignature, defaultSignature, offeredAuthorities, type AuthorityPolicy } from '../../../common/rules/signature';
import { el, field, fill, input, select, setValue } from './dom';
import { limitControl } from './limits';
import { FormView } from './form-view';
import { lineElements } from './printed-lines';

/** Node view of the signature. */
export class SignatureView extends FormView<SignatureAttrs> {
  private signer!: HTMLSelectElement;
  private authority!: HTMLSelectElement;
  private onBehalfOf = input('onBehalfOf');
  private title = input('title');
  private name = input('name');
  private warn = el('small', { class: 'vt-hint', role: 'status', 'data-warning': 'authority' });

  private get policy(): AuthorityPolicy {
    return { kind: this.env.org.kind, extraAuthorities: this.env.org.extraAuthorities };
  }

  protected formLabel(): string {
    return 'Chữ ký';
  }

  protected buildForm(): void {
    const { org, profile } = this.env;
    const allowed = allowedAuthorities(this.policy);
    const all = offeredAuthorities(profile.wording.authorities, org.extraAuthorities);
    const sorted = [...all.filter((a) => allowed.includes(a)), ...all.filter((a) => !allowed.includes(a))];
    this.authority = select('authority', sorted.map((a) => [a, `${a || '(không ghi)'}${allowed.includes(a) ? '' : ' — không dùng cho cơ quan này'}`]));
    this.signer = select('signer', [['', '— chọn người ký —'], ...org.signers.map((s, i): [string, string] => [String(i), `${s.name} — ${s.title}`])]);
    this.signer.addEventListener('change', () => {
      const s = org.signers[Number(this.signer.value)];
      if (s) this.commit(defaultSignature(org, s));
    });
    const up = (v: string) => v.normalize('NFC').toLocaleUpperCase('vi-VN').replace(/\s+/gu, ' ').trim();
    this.authority.addEventListener('change', () => this.commit({ authority: this.authority.value as SignatureAttrs['authority'] }));
    this.onBehalfOf.addEventListener('change', () => this.commit({ onBehalfOf: up(this.onBehalfOf.value) }));
    this.title.addEventListener('change', () => this.commit({ title: up(this.title.value) }));
    this.name.addEventListener('change', () => this.commit({ name: this.name.value.normalize('NFC').replace(/\s+/gu, ' ').trim() }));
    const lim = {
      onBehalfOf: limitControl(this.onBehalfOf, 'signature.onBehalfOf'), title: limitControl(this.title, 'signature.title'),
      name: limitControl(this.name, 'signature.name'),
    };
    this.form.append(el('div', { class: 'vt-form-grid' },
      field('Người ký', this.signer), field('Thẩm quyền ký', this.authority, this.warn),
      field('Thay mặt / ký thay', this.onBehalfOf, lim.onBehalfOf.hint), field('Chức vụ', this.title, lim.title.hint),
      field('Họ tên', this.name, lim.name.hint)),
      el('button', { type: 'submit', class: 'vt-done' }, 'Xong'));
  }

  protected fillForm(a: SignatureAttrs): void {
    setValue(this.authority, a.authority); setValue(this.onBehalfOf, a.onBehalfOf);
    setValue(this.title, a.title); setValue(this.name, a.name);
    const i = this.env.org.signers.findIndex((s) => s.name === a.name);
    setValue(this.signer, i >= 0 ? String(i) : '');
    this.warn.textContent = checkSignature(a, this.policy).join(' ');
  }

  protected drawPrint(a: SignatureAttrs): void {
    fill(this.print, ...lineElements(signatureLinesOf(a, this.layout)));
  }
}
