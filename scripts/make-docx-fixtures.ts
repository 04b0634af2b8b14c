/**
 * Writes the Word import corpus, tests/fixtures/docx/: each DOCX with its expected parts beside it
 * (<name>.expected.json). Three kinds of files: exported by vanthu itself (templates), made with
 * the `docx` package imitating the habits of Word users (a header table with "Số:", text boxes,
 * tabs and spaces for alignment, Word's automatic numbering, State-style signature and Nơi nhận,
 * stacked lines, typed braces, merged cells), and converted by LibreOffice from RTF and flat ODT
 * written here. All content is made up for the tests. Run: node bin/run-ts.mjs scripts/make-docx-fixtures.ts
 * [name …] (only the files named; without names, all of them).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AlignmentType, Document, Header, LevelFormat, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, Tab, TextRun, Textbox, WidthType,
  type IRunOptions, type ParagraphChild,
} from 'docx';
import { createDraft } from '../common/draft/create';
import { acceptSamples } from '../common/draft/fill';
import { setNumberAndDate } from '../common/draft/draft';
import { exportDocx } from '../main/export/docx';
import { defaultOrganisation, findTemplate } from '../main/templates';

const OUT = path.resolve('tests/fixtures/docx');

/** What the import must find in a fixture (a subset of each part). */
interface Expected {
  typeId: string;
  header: Record<string, unknown>;
  title: Record<string, unknown>;
  signature: Record<string, unknown>;
  recipients: Record<string, unknown>;
  /** Types and first words of the first body blocks. */
  bodyStart: [string, string][];
  appendices?: { label: string; title: string }[];
  /** Substrings the report must contain. */
  report?: string[];
  /** How it was made. */
  madeBy: string;
}

const ONLY = process.argv.slice(2);
const wanted = (name: string) => ONLY.length === 0 || ONLY.includes(name);

function write(name: string, bytes: Uint8Array, expected: Expected): void {
  if (!wanted(name)) return;
  fs.writeFileSync(path.join(OUT, `${name}.docx`), bytes);
  fs.writeFileSync(path.join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${name}.docx ${bytes.length} B`);
}

// ---- helpers of the docx package ------------------------------------------------------------

type R = string | { t: string } & IRunOptions;
const FONT = 'Times New Roman';
const run = (r: R, base: IRunOptions = {}): TextRun => (typeof r === 'string' ? new TextRun({ text: r, font: FONT, size: 28, ...base }) : new TextRun({ font: FONT, size: 28, ...base, ...r, text: r.t }));
function p(runs: R | R[], opts: { align?: 'center' | 'right' | 'both' | 'left'; bold?: boolean; italic?: boolean; underline?: boolean; size?: number; indent?: number; firstLine?: number; numbering?: { reference: string; level: number }; pageBreakBefore?: boolean } = {}): Paragraph {
  const base: IRunOptions = { bold: opts.bold, italics: opts.italic, underline: opts.underline ? {} : undefined, size: opts.size ? opts.size * 2 : 28 };
  const align = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.BOTH, left: AlignmentType.LEFT }[opts.align ?? 'both'];
  return new Paragraph({
    alignment: align, indent: opts.indent || opts.firstLine ? { left: opts.indent, firstLine: opts.firstLine } : undefined,
    numbering: opts.numbering, pageBreakBefore: opts.pageBreakBefore,
    children: (Array.isArray(runs) ? runs : [runs]).map((r) => run(r, base)),
  });
}
/** Text with tabs: "a\tb" → runs with Tab children. */
function tabbed(text: string, opts: Parameters<typeof p>[1] = {}): Paragraph {
  const children: ParagraphChild[] = [];
  text.split('\t').forEach((part, i) => {
    children.push(new TextRun({ font: FONT, size: (opts.size ?? 14) * 2, bold: opts.bold, italics: opts.italic, children: i > 0 ? [new Tab(), part] : [part] }));
  });
  return new Paragraph({ alignment: AlignmentType.LEFT, children });
}
function cell(children: (Paragraph | Table)[], width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}
function layout(left: (Paragraph | Table)[], right: (Paragraph | Table)[]): Table {
  return new Table({ width: { size: 9355, type: WidthType.DXA }, columnWidths: [4000, 5355], borders: TableBorders.NONE, rows: [new TableRow({ children: [cell(left, 4000), cell(right, 5355)] })] });
}
async function pack(children: (Paragraph | Table | Textbox)[], numbering?: ConstructorParameters<typeof Document>[0]['numbering'], pageHeader?: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{
      properties: { titlePage: !!pageHeader, page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
      headers: pageHeader ? { first: new Header({ children: pageHeader }) } : undefined,
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
const L = (t: string) => p(t, { align: 'center' });
const B = (t: string) => p(t, { align: 'center', bold: true });
const body = (t: string) => p(t, { firstLine: 720 });

// ---- vanthu's own exports -------------------------------------------------------------------

async function vanthuExports(): Promise<void> {
  const org = defaultOrganisation();
  const make = (id: string) => acceptSamples(setNumberAndDate(createDraft(findTemplate(id)!, org), 4, '2026-03-06'), '15');
  write('vt-nghi-quyet', await exportDocx(make('nghi-quyet')), {
    madeBy: 'vanthu export (template nghi-quyet)', typeId: 'nghi-quyet',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'NQ', issuerCode: 'TU', serial: 4, place: 'Ninh Bình', date: '2026-03-06' },
    title: { layout: 'centered', typeName: 'NGHỊ QUYẾT', author: 'CỦA BAN THƯỜNG VỤ TỈNH ỦY' },
    signature: { authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ' },
    recipients: { archive: 'Văn phòng Tỉnh ủy' }, bodyStart: [['paragraph', 'Thực hiện'], ['heading', 'I- ']],
  });
  write('vt-cong-van', await exportDocx(make('cong-van')), {
    madeBy: 'vanthu export (template cong-van)', typeId: 'cong-van',
    header: { superior: 'TỈNH ỦY NINH BÌNH', issuer: 'VĂN PHÒNG', typeCode: 'CV', issuerCode: 'VPTU', serial: 4, date: '2026-03-06' },
    title: { layout: 'letter', typeName: '' }, signature: { authority: '', title: 'CHÁNH VĂN PHÒNG' }, recipients: {}, bodyStart: [],
  });
  write('vt-huong-dan', await exportDocx(make('huong-dan')), {
    madeBy: 'vanthu export (template huong-dan)', typeId: 'huong-dan',
    header: { superior: 'TỈNH ỦY NINH BÌNH', issuer: 'BAN TỔ CHỨC', typeCode: 'HD', issuerCode: 'BTCTU', serial: 4 },
    title: { typeName: 'HƯỚNG DẪN' }, signature: { authority: 'K/T', onBehalfOf: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN' }, recipients: {}, bodyStart: [],
  });
}

// ---- Word habits, made with the docx package -------------------------------------------------

async function wordHabits(): Promise<void> {
  // A header table with "Số:", "tháng 03"; State-style signature and Nơi nhận.
  write('word-table-state', await pack([
    layout([B('TỈNH ỦY NINH BÌNH'), L('*'), L('Số: 15-KL/TU')], [B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Ninh Bình, ngày 05 tháng 03 năm 2026', { align: 'center', italic: true })]),
    p(''), B('KẾT LUẬN'), B('của Ban Thường vụ Tỉnh ủy về công tác giữ gìn vệ sinh môi trường nông thôn'), L('-----'),
    body('Ngày 02 tháng 3 năm 2026, Ban Thường vụ Tỉnh ủy đã nghe báo cáo về kết quả thu gom rác thải ở các xã ven sông. Ban Thường vụ Tỉnh ủy kết luận như sau:'),
    p('1. Kết quả bước đầu', { bold: true, firstLine: 720 }),
    body('Phần lớn các xã đã bố trí điểm tập kết rác, nhiều thôn tổ chức ngày chủ nhật xanh hằng tháng.'),
    p('2. Nhiệm vụ thời gian tới', { bold: true, firstLine: 720 }),
    body('- Các đảng ủy xã chỉ đạo xây dựng quy ước giữ gìn vệ sinh chung của thôn, xóm.'),
    body('- Văn phòng Tỉnh ủy theo dõi, tổng hợp kết quả thực hiện./.'),
    p(''),
    layout([
      p('Nơi nhận:', { align: 'left', bold: true, italic: true, size: 12 }), p('- Như trên;', { align: 'left', size: 11 }), p('- Các đảng ủy xã;', { align: 'left', size: 11 }), p('- Lưu: VT.', { align: 'left', size: 11 }),
    ], [B('TM. BAN THƯỜNG VỤ'), B('BÍ THƯ TỈNH ỦY'), p(''), p(''), p(''), B('Lê Thị Hồng Hạnh')]),
  ]), {
    madeBy: 'docx package: header table, "Số:", "tháng 03", TM., title with body name, Nơi nhận bold italic, ";", "Lưu:"', typeId: 'ket-luan',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'KL', issuerCode: 'TU', serial: 15, place: 'Ninh Bình', date: '2026-03-05' },
    title: { typeName: 'KẾT LUẬN', summary: 'của Ban Thường vụ Tỉnh ủy về công tác giữ gìn vệ sinh môi trường nông thôn' },
    signature: { authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Lê Thị Hồng Hạnh' },
    recipients: { items: [{ lines: ['Như trên'], purpose: '' }, { lines: ['Các đảng ủy xã'], purpose: '' }], archive: 'VT' },
    bodyStart: [['paragraph', 'Ngày 02'], ['heading', '1. Kết quả']],
    report: ['Bỏ dấu hai chấm sau "Số"', 'tháng 3', '"TM."', 'BÍ THƯ TỈNH ỦY', 'nghiêng đậm', 'Bỏ dấu hai chấm sau "Lưu"', 'Bỏ dấu ";"'],
  });

  // Header and closing aligned with tabs and spaces, no table.
  write('word-tabs', await pack([
    tabbed('TỈNH ỦY NINH BÌNH\t\t\tĐẢNG CỘNG SẢN VIỆT NAM', { bold: true }),
    tabbed('         *'),
    tabbed('Số 07-TB/TU\t\t\tNinh Bình, ngày 12 tháng 8 năm 2026', {}),
    p(''), B('THÔNG BÁO'), B('ý kiến của Thường trực Tỉnh ủy về tổ chức hội thao dân quân'), L('-----'),
    p('     Thường trực Tỉnh ủy thống nhất chủ trương tổ chức hội thao dân quân toàn tỉnh vào quý IV năm 2026.'),
    p('     Giao Ban Tổ chức Tỉnh ủy phối hợp với cơ quan quân sự tỉnh xây dựng kế hoạch chi tiết.   Kinh phí do ngân sách tỉnh bảo đảm./.'),
    p(''),
    tabbed('Nơi nhận:\t\t\tT/L BAN THƯỜNG VỤ', {}),
    tabbed('- Các ban của Tỉnh ủy,\t\t\tCHÁNH VĂN PHÒNG', { size: 12 }),
    tabbed('- Đảng ủy Quân sự tỉnh,', { size: 12 }),
    tabbed('- Lưu Văn phòng Tỉnh ủy.', { size: 12 }),
    tabbed('\t\t\tPhạm Quốc Dũng', { bold: true }),
  ]), {
    madeBy: 'docx package: header, signature and Nơi nhận aligned with tabs; leading spaces for indents', typeId: 'thong-bao',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'TB', issuerCode: 'TU', serial: 7, place: 'Ninh Bình', date: '2026-08-12' },
    title: { typeName: 'THÔNG BÁO', summary: 'ý kiến của Thường trực Tỉnh ủy về tổ chức hội thao dân quân' },
    signature: { authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Phạm Quốc Dũng' },
    recipients: { items: [{ lines: ['Các ban của Tỉnh ủy'], purpose: '' }, { lines: ['Đảng ủy Quân sự tỉnh'], purpose: '' }], archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['paragraph', 'Thường trực'], ['paragraph', 'Giao Ban']],
    report: ['thụt lề', 'dấu cách thừa'],
  });

  // Header in two text boxes; Word numbering for headings and bullets.
  const numbering = { config: [
    { reference: 'roman', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1-', alignment: AlignmentType.LEFT }] },
    { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
  ] };
  write('word-textboxes', await pack([
    new Textbox({ style: { width: '180pt', height: '80pt', marginLeft: '0pt', marginTop: '0pt', positionHorizontal: 'absolute', positionVertical: 'absolute' }, children: [B('TỈNH ỦY NINH BÌNH'), L('*'), L('Số 09-CT/TU')] }),
    new Textbox({ style: { width: '260pt', height: '80pt', marginLeft: '230pt', marginTop: '0pt', positionHorizontal: 'absolute', positionVertical: 'absolute' }, children: [B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Ninh Bình, ngày 20 tháng 4 năm 2026', { align: 'center', italic: true })] }),
    B('CHỈ THỊ'), B('CỦA BAN THƯỜNG VỤ TỈNH ỦY'), B('về tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè'), L('-----'),
    body('Mùa hè là thời điểm trẻ em thường tắm sông, ao, hồ; nguy cơ đuối nước tăng cao ở các xã ven sông.'),
    p('NHIỆM VỤ TRỌNG TÂM', { bold: true, numbering: { reference: 'roman', level: 0 } }),
    p('Các đảng ủy xã chỉ đạo rà soát, cắm biển cảnh báo ở những nơi nguy hiểm.', { numbering: { reference: 'dash', level: 0 } }),
    p('Nhà trường phối hợp với gia đình dạy kỹ năng bơi an toàn cho học sinh.', { numbering: { reference: 'dash', level: 0 } }),
    p('TỔ CHỨC THỰC HIỆN', { bold: true, numbering: { reference: 'roman', level: 0 } }),
    body('Chỉ thị này được phổ biến đến chi bộ./.'),
    layout([p('Nơi nhận:', { align: 'left', underline: true }), p('- Các đảng ủy xã, phường,', { align: 'left', size: 12 }), p('- Lưu Văn phòng Tỉnh ủy.', { align: 'left', size: 12 })],
      [B('T/M BAN THƯỜNG VỤ'), B('PHÓ BÍ THƯ'), p(''), p(''), B('Đỗ Minh Tuấn')]),
  ], numbering), {
    madeBy: 'docx package: header in two VML text boxes, Word automatic numbering (I-, bullets)', typeId: 'chi-thi',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'CT', issuerCode: 'TU', serial: 9, date: '2026-04-20' },
    title: { typeName: 'CHỈ THỊ', author: 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', summary: 'về tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè' },
    signature: { authority: 'T/M', title: 'PHÓ BÍ THƯ', name: 'Đỗ Minh Tuấn' }, recipients: { archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['paragraph', 'Mùa hè'], ['heading', 'I- NHIỆM VỤ'], ['dash_item', '- Các đảng ủy'], ['dash_item', '- Nhà trường'], ['heading', 'II- TỔ CHỨC']],
    report: ['Đánh số tự động của Word'],
  });

  // Everything stacked: header lines one under the other, signature right-aligned, braces typed.
  write('word-stacked', await pack([
    B('ĐẢNG BỘ TỈNH NINH BÌNH'), B('ĐẢNG ỦY XÃ YÊN THÀNH'), L('*'), L('Số 03-NQ/ĐU'),
    B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Yên Thành, ngày 6 tháng 5 năm 2026', { align: 'center', italic: true }),
    p(''), B('NGHỊ QUYẾT'), B('về phát triển nghề trồng nấm giai đoạn 2026 - 2028'), L('-----'),
    p('I- MỤC TIÊU', { bold: true }), body('Đến năm 2028, mỗi thôn có ít nhất một tổ hợp tác trồng nấm.'),
    p('II- GIẢI PHÁP', { bold: true }), body('- Hỗ trợ giống và tập huấn kỹ thuật cho hộ trồng nấm.'), body('- Kết nối tiêu thụ với các bếp ăn tập thể trong huyện cũ./.'),
    p(''), p('T/M ĐẢNG ỦY', { align: 'right', bold: true }), p('BÍ THƯ', { align: 'right', bold: true }), p(''), p(''), p('Vũ Thanh Bình', { align: 'right', bold: true }),
    p('Nơi nhận:', { align: 'left', underline: true }),
    p('- Ban Thường vụ Tỉnh ủy,      } để báo cáo', { align: 'left', size: 12 }),
    p('- Văn phòng Tỉnh ủy,            }', { align: 'left', size: 12 }),
    p('- Các chi bộ trực thuộc,', { align: 'left', size: 12 }),
    p('- Lưu Văn phòng Đảng ủy.', { align: 'left', size: 12 }),
  ]), {
    madeBy: 'docx package: header lines stacked without a table, signature right-aligned above Nơi nhận, brace typed as "}"', typeId: 'nghi-quyet',
    header: { superior: 'ĐẢNG BỘ TỈNH NINH BÌNH', issuer: 'ĐẢNG ỦY XÃ YÊN THÀNH', typeCode: 'NQ', issuerCode: 'ĐU', serial: 3, place: 'Yên Thành', date: '2026-05-06' },
    title: { typeName: 'NGHỊ QUYẾT', summary: 'về phát triển nghề trồng nấm giai đoạn 2026 - 2028' },
    signature: { authority: 'T/M', onBehalfOf: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Vũ Thanh Bình' },
    recipients: { items: [{ lines: ['Ban Thường vụ Tỉnh ủy', 'Văn phòng Tỉnh ủy'], purpose: 'để báo cáo' }, { lines: ['Các chi bộ trực thuộc'], purpose: '' }], archive: 'Văn phòng Đảng ủy' },
    bodyStart: [['heading', 'I- MỤC TIÊU'], ['paragraph', 'Đến năm'], ['heading', 'II- GIẢI PHÁP'], ['dash_item', '- Hỗ trợ']],
    report: ['ngày 6 tháng 5'],
  });

  // A công văn: V/v summary under the number, Kính gửi with dash lines, the head signing in own name.
  write('word-letter', await pack([
    layout([B('TỈNH ỦY NINH BÌNH'), B('VĂN PHÒNG'), L('*'), L('Số 118-CV/VPTU'), p('V/v báo cáo số liệu đảng viên năm 2026', { align: 'center', italic: true, size: 12 })],
      [B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Ninh Bình, ngày 10 tháng 11 năm 2026', { align: 'center', italic: true })]),
    p(''),
    tabbed('Kính gửi:\t- Các đảng ủy xã, phường,'), tabbed('\t- Các đảng ủy trực thuộc Tỉnh ủy.'),
    body('Để tổng hợp báo cáo Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy đề nghị các đảng ủy gửi số liệu đảng viên trước ngày 30 tháng 11 năm 2026.'),
    body('Đề nghị các cơ quan, đơn vị quan tâm thực hiện./.'),
    layout([p('Nơi nhận:', { align: 'left', underline: true }), p('- Như trên,', { align: 'left', size: 12 }), p('- Lưu Văn phòng Tỉnh ủy.', { align: 'left', size: 12 })],
      [B('CHÁNH VĂN PHÒNG'), p(''), p(''), p(''), B('Ngô Thị Lan')]),
  ]), {
    madeBy: 'docx package: công văn, V/v summary in the header table, Kính gửi with tab and dash lines', typeId: 'cong-van',
    header: { superior: 'TỈNH ỦY NINH BÌNH', issuer: 'VĂN PHÒNG', typeCode: 'CV', issuerCode: 'VPTU', serial: 118, date: '2026-11-10' },
    title: { layout: 'letter', summary: 'V/v báo cáo số liệu đảng viên năm 2026', addressees: ['Các đảng ủy xã, phường', 'Các đảng ủy trực thuộc Tỉnh ủy'] },
    signature: { authority: '', title: 'CHÁNH VĂN PHÒNG', name: 'Ngô Thị Lan' }, recipients: { items: [{ lines: ['Như trên'], purpose: '' }], archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['paragraph', 'Để tổng hợp']],
  });

  // A báo cáo with a body table (merged cells), en dashes, "I -" headings, a short date and an appendix.
  const merged = new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [3000, 3000, 3000], rows: [
    new TableRow({ children: [cell([p('Nội dung', { bold: true })], 3000), new TableCell({ columnSpan: 2, width: { size: 6000, type: WidthType.DXA }, children: [p('Kết quả', { bold: true })] })] }),
    new TableRow({ children: [cell([p('Số chi bộ')], 3000), cell([p('42')], 3000), cell([p('tăng 2')], 3000)] }),
  ] });
  write('word-appendix', await pack([
    layout([p('TỈNH ỦY NINH BÌNH', { align: 'center' }), B('BAN TUYÊN GIÁO VÀ DÂN VẬN'), L('*'), L('Số 5-BC/BTGDVTU')], [B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Ninh Bình, 06/3/2026', { align: 'center', italic: true })]),
    B('BÁO CÁO'), B('kết quả công tác dân vận quý I năm 2026'), L('-----'),
    p('I - KẾT QUẢ', { bold: true }), body('– Tổ chức 12 buổi đối thoại giữa cấp ủy với nhân dân.'), merged,
    p('II - PHƯƠNG HƯỚNG', { bold: true }), body('– Tiếp tục nắm tình hình dư luận xã hội ở cơ sở./.'),
    layout([p('Nơi nhận:', { align: 'left', underline: true }), p('- Thường trực Tỉnh ủy,', { align: 'left', size: 12 }), p('- Lưu Ban Tuyên giáo và Dân vận Tỉnh ủy.', { align: 'left', size: 12 })],
      [B('K/T TRƯỞNG BAN'), B('PHÓ TRƯỞNG BAN'), p(''), p(''), B('Hoàng Văn Sơn')]),
    p('PHỤ LỤC', { align: 'center', bold: true, pageBreakBefore: true }), B('SỐ LIỆU ĐỐI THOẠI THEO XÃ'),
    new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [4500, 4500], rows: [
      new TableRow({ children: [cell([p('Xã', { bold: true })], 4500), cell([p('Số buổi', { bold: true })], 4500)] }),
      new TableRow({ children: [cell([p('Yên Thành')], 4500), cell([p('3')], 4500)] }),
    ] }),
  ]), {
    madeBy: 'docx package: báo cáo with a short date, "I -" headings, en dashes, a table with merged cells, an appendix', typeId: 'bao-cao',
    header: { superior: 'TỈNH ỦY NINH BÌNH', issuer: 'BAN TUYÊN GIÁO VÀ DÂN VẬN', typeCode: 'BC', issuerCode: 'BTGDVTU', serial: 5, date: '2026-03-06' },
    title: { typeName: 'BÁO CÁO', summary: 'kết quả công tác dân vận quý I năm 2026' },
    signature: { authority: 'K/T', onBehalfOf: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Hoàng Văn Sơn' }, recipients: { archive: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    bodyStart: [['heading', 'I- KẾT QUẢ'], ['dash_item', '- Tổ chức'], ['table', 'Nội dung'], ['heading', 'II- PHƯƠNG HƯỚNG']],
    appendices: [{ label: 'PHỤ LỤC', title: 'SỐ LIỆU ĐỐI THOẠI THEO XÃ' }],
    report: ['Số thứ tự "5" viết "05"', 'Ngày 06/3/2026 → "ngày 06 tháng 3 năm 2026"', 'ô gộp'],
  });

  // The Party header put in Word's first-page header (w:hdr), not in the text.
  write('word-page-header', await pack([
    B('GIẤY MỜI'), B('dự hội nghị sơ kết công tác kiểm tra, giám sát'), L('-----'),
    body('Ban Thường vụ Tỉnh ủy trân trọng kính mời đồng chí dự hội nghị sơ kết công tác kiểm tra, giám sát 9 tháng năm 2026.'),
    body('Thời gian: 08 giờ, ngày 15 tháng 10 năm 2026. Địa điểm: Hội trường Tỉnh ủy./.'),
    layout([p('Nơi nhận:', { align: 'left', underline: true }), p('- Như trên,', { align: 'left', size: 12 }), p('- Lưu Văn phòng Tỉnh ủy.', { align: 'left', size: 12 })],
      [B('T/L BAN THƯỜNG VỤ'), B('CHÁNH VĂN PHÒNG'), p(''), p(''), B('Lương Thị Mai')]),
  ], undefined, [layout([B('TỈNH ỦY NINH BÌNH'), L('*'), L('Số 88-GM/TU')], [B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Ninh Bình, ngày 08 tháng 10 năm 2026', { align: 'center', italic: true })])]), {
    madeBy: 'docx package: the header table in the first-page header of Word', typeId: 'giay-moi',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'GM', issuerCode: 'TU', serial: 88, date: '2026-10-08' },
    title: { typeName: 'GIẤY MỜI', summary: 'dự hội nghị sơ kết công tác kiểm tra, giám sát' }, signature: { authority: 'T/L', title: 'CHÁNH VĂN PHÒNG', name: 'Lương Thị Mai' }, recipients: { archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['paragraph', 'Ban Thường vụ']],
    report: ['đầu trang'],
  });

  // Manual numbering typed with tabs, the State order of the number.
  write('word-manual-numbering', await pack([
    layout([B('TỈNH ỦY NINH BÌNH'), L('*'), L('Số 21/KH-TU')], [B('ĐẢNG CỘNG SẢN VIỆT NAM'), p('Ninh Bình, ngày 15 tháng 6 năm 2026', { align: 'center', italic: true })]),
    B('KẾ HOẠCH'), B('tổ chức lễ kỷ niệm ngày thành lập Đảng bộ tỉnh'), L('-----'),
    tabbed('I.\tMỤC ĐÍCH, YÊU CẦU', { bold: true }), tabbed('1.\tMục đích', { bold: true }), body('Ôn lại truyền thống vẻ vang của Đảng bộ tỉnh qua các thời kỳ.'),
    tabbed('a)\tYêu cầu chung'), tabbed('-\tTổ chức trang trọng, tiết kiệm.'), tabbed('-\tBảo đảm an toàn tuyệt đối./.'),
    layout([p('Nơi nhận:', { align: 'left', underline: true }), p('- Các ban của Tỉnh ủy,', { align: 'left', size: 12 }), p('- Lưu Văn phòng Tỉnh ủy.', { align: 'left', size: 12 })],
      [B('T/M BAN THƯỜNG VỤ'), B('PHÓ BÍ THƯ'), p(''), p(''), B('Trịnh Văn Quang')]),
  ]), {
    madeBy: 'docx package: numbers typed with tabs ("I.\\t", "1.\\t", "-\\t"), number in the State order', typeId: 'ke-hoach',
    header: { typeCode: 'KH', issuerCode: 'TU', serial: 21, date: '2026-06-15' },
    title: { typeName: 'KẾ HOẠCH', summary: 'tổ chức lễ kỷ niệm ngày thành lập Đảng bộ tỉnh' },
    signature: { authority: 'T/M', title: 'PHÓ BÍ THƯ', name: 'Trịnh Văn Quang' }, recipients: { archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['heading', 'I. MỤC ĐÍCH'], ['heading', '1. Mục đích'], ['paragraph', 'Ôn lại'], ['heading', 'a) Yêu cầu'], ['dash_item', '- Tổ chức']],
    report: ['21/KH-TU', 'Thay dấu tab'],
  });
}

// ---- LibreOffice conversions of RTF and flat ODT written here --------------------------------

const rtfText = (s: string) => [...s].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0)}?` : c === '\\' || c === '{' || c === '}' ? `\\${c}` : c)).join('');
const rtfPar = (s: string, f = '') => `\\pard\\plain\\f0\\fs28${f} ${rtfText(s)}\\par\n`;
const rtfCell = (lines: [string, string?][]) => lines.map(([s, f], i) => `\\pard\\intbl\\qc\\f0\\fs28${f ?? ''} ${rtfText(s)}${i < lines.length - 1 ? '\\par' : '\\cell'}\n`).join('');
const rtfRow = (left: [string, string?][], right: [string, string?][]) => `\\trowd\\cellx4200\\cellx9300\n${rtfCell(left)}${rtfCell(right)}\\row\n`;

function convert(name: string, source: string, ext: 'rtf' | 'fodt'): Uint8Array {
  if (!wanted(name)) return new Uint8Array(0);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-fixture-'));
  const file = path.join(tmp, `${name}.${ext}`);
  fs.writeFileSync(file, source);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', 'docx', '--outdir', tmp, file], { stdio: 'ignore', timeout: 120000 });
  const bytes = new Uint8Array(fs.readFileSync(path.join(tmp, `${name}.docx`)));
  fs.rmSync(tmp, { recursive: true, force: true });
  return bytes;
}

function libreOffice(): void {
  const rtf1 = `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n${rtfRow([['TỈNH ỦY NINH BÌNH', '\\b'], ['*'], ['Số 31-TB/TU']], [['ĐẢNG CỘNG SẢN VIỆT NAM', '\\b'], ['Ninh Bình, ngày 03 tháng 02 năm 2026', '\\i']])}`
    + `\\pard\\par\n${rtfPar('THÔNG BÁO', '\\qc\\b')}${rtfPar('kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Đảng ủy xã Yên Thành', '\\qc\\b')}${rtfPar('-----', '\\qc')}`
    + `${rtfPar('Ngày 28 tháng 01 năm 2026, Thường trực Tỉnh ủy làm việc với Đảng ủy xã Yên Thành về tình hình thực hiện nhiệm vụ năm 2025.', '\\qj\\fi720')}`
    + `${rtfPar('Thường trực Tỉnh ủy ghi nhận kết quả đạt được và đề nghị Đảng ủy xã tập trung chỉ đạo phát triển kinh tế vườn./.', '\\qj\\fi720')}`
    + `${rtfRow([['Nơi nhận:', '\\ul'], ['- Đảng ủy xã Yên Thành,', '\\fs24'], ['- Lưu Văn phòng Tỉnh ủy.', '\\fs24']], [['T/L BAN THƯỜNG VỤ', '\\b'], ['PHÓ CHÁNH VĂN PHÒNG', '\\b'], [''], [''], ['Bùi Thị Thu', '\\b']])}}`;
  write('lo-rtf-thong-bao', convert('lo-rtf-thong-bao', rtf1, 'rtf'), {
    madeBy: 'LibreOffice: RTF with header and closing tables', typeId: 'thong-bao',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'TB', issuerCode: 'TU', serial: 31, date: '2026-02-03' },
    title: { typeName: 'THÔNG BÁO', summary: 'kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Đảng ủy xã Yên Thành' },
    signature: { authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Bùi Thị Thu' },
    recipients: { items: [{ lines: ['Đảng ủy xã Yên Thành'], purpose: '' }], archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['paragraph', 'Ngày 28'], ['paragraph', 'Thường trực']],
  });
  const rtf2 = `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n${rtfRow([['TỈNH ỦY NINH BÌNH'], ['VĂN PHÒNG', '\\b'], ['*'], ['Số 44-TTr/VPTU']], [['ĐẢNG CỘNG SẢN VIỆT NAM', '\\b'], ['Ninh Bình, ngày 14 tháng 7 năm 2026', '\\i']])}`
    + `\\pard\\par\n${rtfPar('TỜ TRÌNH', '\\qc\\b')}${rtfPar('về việc mua sắm máy tính cho bộ phận văn thư', '\\qc\\b')}${rtfPar('-----', '\\qc')}`
    + `${rtfPar('Kính gửi: Thường trực Tỉnh ủy', '\\qc')}`
    + `${rtfPar('Máy tính của bộ phận văn thư đã sử dụng hơn tám năm, thường xuyên hỏng hóc, ảnh hưởng đến việc phát hành văn bản.', '\\qj\\fi720')}`
    + `${rtfPar('Văn phòng Tỉnh ủy kính trình Thường trực Tỉnh ủy xem xét, quyết định./.', '\\qj\\fi720')}`
    + `${rtfRow([['Nơi nhận:', '\\ul'], ['- Như trên,', '\\fs24'], ['- Lưu Văn phòng Tỉnh ủy.', '\\fs24']], [['CHÁNH VĂN PHÒNG', '\\b'], [''], [''], ['Đặng Quốc Việt', '\\b']])}}`;
  write('lo-rtf-to-trinh', convert('lo-rtf-to-trinh', rtf2, 'rtf'), {
    madeBy: 'LibreOffice: RTF tờ trình with Kính gửi on one line', typeId: 'to-trinh',
    header: { superior: 'TỈNH ỦY NINH BÌNH', issuer: 'VĂN PHÒNG', typeCode: 'TTr', issuerCode: 'VPTU', serial: 44, date: '2026-07-14' },
    title: { typeName: 'TỜ TRÌNH', summary: 'về việc mua sắm máy tính cho bộ phận văn thư', addressees: ['Thường trực Tỉnh ủy'] },
    signature: { authority: '', title: 'CHÁNH VĂN PHÒNG', name: 'Đặng Quốc Việt' }, recipients: { archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['paragraph', 'Máy tính']],
  });
  const para = (style: string, text: string) => `<text:p text:style-name="${style}">${text}</text:p>`;
  const tcell = (ps: string[]) => `<table:table-cell>${ps.join('')}</table:table-cell>`;
  const trow = (l: string[], r: string[]) => `<table:table name="T${Math.random().toString(36).slice(2, 7)}"><table:table-column table:number-columns-repeated="2"/><table:table-row>${tcell(l)}${tcell(r)}</table:table-row></table:table>`;
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:style>
<style:style style:name="CB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CI" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-style="italic"/></style:style>
<style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm"/><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="JB" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.27cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="U" style:family="paragraph"><style:text-properties fo:font-size="14pt" style:text-underline-style="solid"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>
</office:automatic-styles>
<office:body><office:text>
${trow([para('CB', 'TỈNH ỦY NINH BÌNH'), para('C', '*'), para('C', 'Số 12-QC/TU')], [para('CB', 'ĐẢNG CỘNG SẢN VIỆT NAM'), para('CI', 'Ninh Bình, ngày 25 tháng 9 năm 2026')])}
${para('CB', 'QUY CHẾ')}${para('CB', 'làm việc của Ban Chỉ đạo chuyển đổi số Tỉnh ủy')}${para('C', '-----')}
${para('CB', 'Chương I')}${para('CB', 'QUY ĐỊNH CHUNG')}
${para('JB', 'Điều 1. Phạm vi điều chỉnh')}${para('J', 'Quy chế này quy định nguyên tắc làm việc và mối quan hệ công tác của Ban Chỉ đạo.')}
${para('JB', 'Điều 2. Hiệu lực')}${para('J', 'Quy chế có hiệu lực từ ngày ký./.')}
${trow([para('U', 'Nơi nhận:'), para('S', '- Các thành viên Ban Chỉ đạo,'), para('S', '- Lưu Văn phòng Tỉnh ủy.')], [para('CB', 'T/M BAN THƯỜNG VỤ'), para('CB', 'BÍ THƯ'), para('C', ''), para('C', ''), para('CB', 'Mai Xuân Trường')])}
</office:text></office:body></office:document>`;
  write('lo-fodt-quy-che', convert('lo-fodt-quy-che', fodt, 'fodt'), {
    madeBy: 'LibreOffice: flat ODT quy chế with chapters and articles', typeId: 'quy-che',
    header: { issuer: 'TỈNH ỦY NINH BÌNH', typeCode: 'QC', issuerCode: 'TU', serial: 12, date: '2026-09-25' },
    title: { typeName: 'QUY CHẾ', summary: 'làm việc của Ban Chỉ đạo chuyển đổi số Tỉnh ủy' },
    signature: { authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Mai Xuân Trường' },
    recipients: { items: [{ lines: ['Các thành viên Ban Chỉ đạo'], purpose: '' }], archive: 'Văn phòng Tỉnh ủy' },
    bodyStart: [['centered_heading', 'Chương I'], ['centered_heading', 'QUY ĐỊNH CHUNG'], ['paragraph', 'Điều 1']],
  });
}

fs.mkdirSync(OUT, { recursive: true });
await vanthuExports();
await wordHabits();
libreOffice();
