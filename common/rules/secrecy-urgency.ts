/**
 * Độ mật and độ khẩn of a Party document (QĐ 66 Điều 16): the markings printed in the header of a draft
 * (in capitals, '' for none) and how forms and registers show them. Registers store the marking in
 * sentence case ("Mật", "Hỏa tốc"), the label of its level.
 */
import { foldVietnamese } from '../text/normalize';

/** Secrecy markings as printed in a document's header; '' is an ordinary document. */
export const SECRECY_LEVELS = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;

/** One secrecy marking. */
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];

/** Urgency markings as printed in a document's header; '' is an ordinary document. */
export const URGENCY_LEVELS = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC', 'HỎA TỐC HẸN GIỜ'] as const;

/** One urgency marking. */
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

/** How forms and registers write each secrecy level ('' → "Không"). */
export const SECRECY_LABELS: Readonly<Record<SecrecyLevel, string>> = {
  '': 'Không', 'MẬT': 'Mật', 'TỐI MẬT': 'Tối mật', 'TUYỆT MẬT': 'Tuyệt mật',
};

/** How forms and registers write each urgency level ('' → "Thường"). */
export const URGENCY_LABELS: Readonly<Record<UrgencyLevel, string>> = {
  '': 'Thường', 'KHẨN': 'Khẩn', 'THƯỢNG KHẨN': 'Thượng khẩn', 'HỎA TỐC': 'Hỏa tốc', 'HỎA TỐC HẸN GIỜ': 'Hỏa tốc hẹn giờ',
};

/** The secrecy level a marking names in any case or spacing ("Mật", "tối mật"), or undefined. */
export function secrecyLevelOf(marking: string | undefined | null): SecrecyLevel | undefined {
  const f = foldVietnamese((marking ?? '').trim());
  return SECRECY_LEVELS.find((l) => foldVietnamese(l) === f);
}

/** Whether a secrecy marking names a secret document ("Mật", "TỐI MẬT", …). */
export function isSecret(marking: string | undefined | null): boolean {
  const level = secrecyLevelOf(marking);
  return level !== undefined && level !== '';
}
