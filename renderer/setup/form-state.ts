/** The first-run form's state and its conversion to the contract's request. */
import type { Organisation, Signer } from '../../common/org/organisation';
import type { TermStart } from '../../common/api';
import example from '../../templates/organisation.default.json';

/** Values of the setup form. */
export interface SetupValues {
  superior: string;
  name: string;
  symbol: string;
  kind: Organisation['kind'];
  place: string;
  signingBody: string;
  authorBody: string;
  archive: string;
  termName: string;
  termStart: string;
  signers: Signer[];
  /** Offer T/U and Q. in the signature form (off by default, spec §2.3 (7)). */
  extraAuthorities: boolean;
}

/** An empty form. */
export const EMPTY: SetupValues = {
  superior: '', name: '', symbol: '', kind: 'cap-uy', place: '', signingBody: '', authorBody: '', archive: '',
  termName: 'Nhiệm kỳ 2025 – 2030', termStart: '2025-10-01', signers: [{ name: '', title: '', deputy: false }], extraAuthorities: false,
};

/** The example organisation (templates/organisation.default.json). */
export const EXAMPLE: SetupValues = {
  ...EMPTY,
  ...(example as unknown as Organisation),
  termName: 'Nhiệm kỳ 2025 – 2030',
  termStart: '2025-10-01',
};

/** Form values from a saved profile. */
export function fromSaved(org: Organisation, term: TermStart | null): SetupValues {
  return { ...EMPTY, ...org, extraAuthorities: !!org.extraAuthorities, termName: term?.name ?? EMPTY.termName, termStart: term?.start ?? EMPTY.termStart };
}

/** The request of settings.saveOrganisation; keeps recipients of a saved profile. */
export function toRequest(v: SetupValues, saved: Organisation | null): { organisation: Organisation; term: TermStart } {
  const organisation: Organisation = {
    superiors: [], recipients: [], layout: { profile: null, override: {} },
    ...(saved ?? {}),
    superior: v.superior, name: v.name, symbol: v.symbol, kind: v.kind, place: v.place,
    signingBody: v.signingBody, authorBody: v.authorBody, archive: v.archive,
    signers: v.signers.filter((s) => s.name.trim() || s.title.trim()),
    extraAuthorities: v.extraAuthorities,
  };
  return { organisation, term: { name: v.termName, start: v.termStart } };
}

/** Errors of the setup form by field key, each naming its field in Vietnamese (empty: the form is complete). */
export type SetupErrors = Partial<Record<'name' | 'symbol' | 'place' | 'archive' | 'termName' | 'termStart' | 'signerName' | 'signerTitle', string>>;

/** Checks the fields the profile needs; the server validates the whole profile again. */
export function validateSetup(v: SetupValues, termStartText: string): SetupErrors {
  const e: SetupErrors = {};
  const need = (k: keyof SetupErrors, value: string, label: string, example: string) => {
    if (!value.trim()) e[k] = `${label}: chưa ghi (ví dụ ${example}).`;
  };
  need('name', v.name, 'Tên cơ quan ban hành', 'TỈNH ỦY NINH BÌNH');
  need('symbol', v.symbol, 'Ký hiệu cơ quan', 'TU');
  need('place', v.place, 'Địa danh', 'Ninh Bình');
  need('archive', v.archive, 'Nơi lưu văn bản', 'Văn phòng Tỉnh ủy');
  need('termName', v.termName, 'Nhiệm kỳ', 'Nhiệm kỳ 2025 – 2030');
  if (!v.termStart) {
    e.termStart = termStartText.trim()
      ? `Ngày bắt đầu nhiệm kỳ: "${termStartText.trim()}" không đọc được là ngày; gõ ngày/tháng/năm, ví dụ 01/10/2025.`
      : 'Ngày bắt đầu nhiệm kỳ: chưa ghi ngày (ví dụ 01/10/2025).';
  }
  need('signerName', v.signers[0]?.name ?? '', 'Họ và tên người ký 1', 'Nguyễn Văn An');
  need('signerTitle', v.signers[0]?.title ?? '', 'Chức vụ người ký 1', 'BÍ THƯ');
  return e;
}
