/**
 * Reading the number line and the date line as Word users write them, with the usual deviations
 * ("Số: 04-NQ/TU", "Số 4-NQ/TU", the State order "04/NQ-TU", a year in the symbol, "tháng 03",
 * "06/03/2021"), into the header's fields. What the rule wants is common/rules' (parseNumber,
 * formatNumberLine, formatDateLine, checkDateLine, isDateInRange); each change made is a sentence
 * for the import report.
 */
import { checkDateLine, formatDateLine, isDateInRange, parseDate, toIsoDate, type CivilDate } from '../../../common/rules/date-line';
import { formatNumber, padSerial, parseNumber } from '../../../common/rules/number';
import { fold } from './patterns';

/** The number line read: fields, the changes made, or why it could not be read. */
export interface NumberRead {
  serial: number | null;
  typeCode: string;
  issuerCode: string;
  changes: string[];
  problem?: string;
}

const CODE = '[A-Za-zĐđ]{1,12}';

/** Reads "Số 04-NQ/TU" and its deviations; `serial` null when the serial is left blank (a draft). */
export function readNumberLine(raw: string): NumberRead | null {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const m = /^số\s*(:?)\s*(.*)$/iu.exec(text);
  if (!m) return null;
  const changes: string[] = [];
  if (m[1]) changes.push('Bỏ dấu hai chấm sau "Số" (văn bản của Đảng viết "Số 04-NQ/TU").');
  if (!/^Số/u.test(text)) changes.push(`Viết "Số" thay cho "${text.slice(0, 2)}".`);
  let symbol = m[2].replace(/\s*([-/])\s*/gu, '$1');
  if (/\/\d{4}(?=[/-])/u.test(symbol)) {
    symbol = symbol.replace(/\/\d{4}(?=[/-])/u, '');
    changes.push('Bỏ năm trong ký hiệu (số văn bản của Đảng không ghi năm).');
  }
  let serialText: string;
  let typeCode: string;
  let issuerCode: string;
  const party = new RegExp(`^(\\d*)-(${CODE})/(${CODE})$`, 'u').exec(symbol);
  const state = new RegExp(`^(\\d+)/(${CODE})-(${CODE})$`, 'u').exec(symbol);
  if (party) [, serialText, typeCode, issuerCode] = party;
  else if (state) {
    [, serialText, typeCode, issuerCode] = state;
    changes.push(`Đổi "${symbol}" (cách ghi của văn bản nhà nước) thành "${serialText}-${typeCode}/${issuerCode}".`);
  } else {
    return { serial: null, typeCode: '', issuerCode: '', changes, problem: `Không đọc được số và ký hiệu "${text}".` };
  }
  if (!serialText) return { serial: null, typeCode, issuerCode, changes };
  const serial = Number(serialText);
  if (serial < 1) return { serial: null, typeCode, issuerCode, changes, problem: `Số thứ tự "${serialText}" không hợp lệ (bắt đầu từ 01); để trống cho văn thư cấp số.` };
  if (serialText !== padSerial(serial)) changes.push(`Số thứ tự "${serialText}" viết "${padSerial(serial)}".`);
  const check = parseNumber(`Số ${formatNumber({ serial, typeCode, issuerCode })}`);
  if (!check.ok) return { serial: null, typeCode, issuerCode, changes, problem: check.message };
  return { serial, typeCode, issuerCode, changes };
}

/** The date line read: place, ISO date (null when left blank), the changes made, or a problem. */
export interface DateRead {
  place: string;
  date: string | null;
  changes: string[];
  problem?: string;
}

const NUM = '(\\d{1,2})';

/** Reads "Hà Nam, ngày 06 tháng 3 năm 2021" and its deviations ("tháng 03", "06/3/2021", blanks). */
export function readDateLine(raw: string): DateRead | null {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const comma = text.indexOf(',');
  const place = (comma > 0 ? text.slice(0, comma) : '').trim();
  const rest = comma > 0 ? text.slice(comma + 1).trim() : text;
  const f = fold(rest);
  let civil: CivilDate | null = null;
  let written = rest;
  const words = new RegExp(`^ngay ${NUM} thang ${NUM} nam (\\d{4})\\.?$`, 'u').exec(f);
  const short = new RegExp(`^(?:ngay )?${NUM}[/.-]${NUM}[/.-](\\d{2}|\\d{4})$`, 'u').exec(f);
  if (words) {
    const r = parseDate(`${words[1]}/${words[2]}/${words[3]}`);
    if (!r.ok) return { place, date: null, changes: [], problem: r.message };
    civil = r.value;
  } else if (short) {
    const r = parseDate(`${short[1]}/${short[2]}/${short[3]}`);
    if (!r.ok) return { place, date: null, changes: [], problem: r.message };
    civil = r.value;
    written = `${short[1]}/${short[2]}/${short[3]}`;
  } else if (/^ngay\b[\s.…_]*thang\b[\s.…_]*nam\b[\s.…_]*(\d{4})?\.?$/u.test(f)) {
    return { place, date: null, changes: [] };
  } else {
    return { place, date: null, changes: [], problem: `Không đọc được ngày tháng trong "${text}".` };
  }
  if (!place) return { place, date: null, changes: [], problem: `Dòng ngày tháng "${text}" thiếu địa danh trước dấu phẩy.` };
  const iso = toIsoDate(civil);
  if (!isDateInRange(iso)) return { place, date: null, changes: [], problem: `Ngày ${written} nằm ngoài khoảng ngày vanthu nhận; để trống cho văn thư ghi.` };
  const printed = formatDateLine(place, civil);
  const changes: string[] = [];
  if (printed !== text.replace(/\.$/u, '')) {
    const why = short ? '' : checkDateLine(text) ?? '';
    const wanted = printed.slice(place.length + 2);
    changes.push(`Ngày ${short ? written : `"${rest}"`} → "${wanted}"${why ? ` (${why.replace(/\.$/u, '')})` : ''}.`);
  }
  return { place, date: iso, changes };
}
