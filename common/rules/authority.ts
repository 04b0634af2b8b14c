/**
 * Which kind of body may issue which type (thẩm quyền ban hành, spec §3.4): QĐ 66 Điều 7 for the
 * provincial level, QĐ 399 as reported for the grassroots. Kinds whose table was not retrieved allow
 * every type except the directive ones. A mismatch is a warning of the format check, never a block.
 */
import type { IssuerKind } from '../org/organisation';

const ADMIN = ['giay-moi', 'giay-gioi-thieu', 'ban-sao'];
const COMMON = ['nghi-quyet', 'quyet-dinh', 'ket-luan', 'thong-bao', 'bao-cao', 'ke-hoach', 'chuong-trinh', 'de-an', 'to-trinh', 'cong-van', 'bien-ban'];
const ALL_BUT_DIRECTIVES = [...COMMON, 'quy-che', 'quy-dinh', 'huong-dan', ...ADMIN];

/** Type ids each kind of body may issue. */
export const AUTHORITY: Record<IssuerKind, readonly string[]> = {
  // BCH and BTV of a cấp ủy together (the org profile does not separate them).
  'cap-uy': [...COMMON, 'quy-che', 'quy-dinh', 'chi-thi', 'thong-tri', 'huong-dan', ...ADMIN],
  'dai-hoi': ['nghi-quyet', 'quy-che', 'thong-bao', 'chuong-trinh', 'cong-van', 'bien-ban', 'bao-cao', ...ADMIN],
  'chi-bo': [...COMMON, 'quy-che', ...ADMIN],
  'uy-ban-kiem-tra': ALL_BUT_DIRECTIVES,
  'dang-doan': ALL_BUT_DIRECTIVES,
  'tham-muu': ALL_BUT_DIRECTIVES.filter((t) => t !== 'nghi-quyet'),
  'ban-chi-dao': ALL_BUT_DIRECTIVES.filter((t) => t !== 'nghi-quyet'),
};

/** Whether a body of `kind` may issue the type `typeId`. */
export function mayIssue(kind: IssuerKind, typeId: string): boolean {
  return AUTHORITY[kind].includes(typeId);
}
