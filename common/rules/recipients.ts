/**
 * "Nơi nhận" lines (spec §2.3 (9)): each line starts "- " and ends with the separator (","), the
 * last is the file copy "- Lưu Văn phòng Tỉnh ủy." ending with "." and with no colon after "Lưu".
 */
import type { RecipientsAttrs } from '../model/nodes/closing';

/** One printed line; `group` is the index of its bracketed group, `purpose` set on the group's first line. */
export interface RecipientLine {
  text: string;
  group: number | null;
  groupSize: number;
  purpose: string;
}

/** Strips what users often type themselves ("- ", trailing "," ";" "."), so the rule adds it once. */
export function cleanRecipient(line: string): string {
  return line.normalize('NFC').trim().replace(/^[-–•]\s*/u, '').replace(/[,;.]+$/u, '').trim();
}

/** The printed lines of Nơi nhận, with grouping information for the brace. */
export function formatRecipientLines(r: RecipientsAttrs, separator: string, archivePrefix: string): RecipientLine[] {
  const out: RecipientLine[] = [];
  r.items.forEach((item, i) => {
    const grouped = item.lines.length > 1 || item.purpose.trim() !== '';
    item.lines.forEach((l) => {
      out.push({ text: `- ${cleanRecipient(l)}${separator}`, group: grouped ? i : null, groupSize: item.lines.length, purpose: item.purpose.trim() });
    });
  });
  out.push({ text: `- ${archivePrefix} ${cleanRecipient(r.archive)}.`, group: null, groupSize: 1, purpose: '' });
  return out;
}

/**
 * The addressees after "Kính gửi:" (công văn, tờ trình): one addressee is written as is; several
 * are "- A," … "- B." one per line, with the separator of Nơi nhận.
 */
export function addresseeLines(addressees: string[], separator: string): string[] {
  if (addressees.length === 1) return [cleanRecipient(addressees[0])];
  return addressees.map((a, i) => `- ${cleanRecipient(a)}${i === addressees.length - 1 ? '.' : separator}`);
}
