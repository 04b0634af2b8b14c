/**
 * The DOCX styles of a layout profile: document defaults (Times New Roman, black, Vietnamese) and
 * one named paragraph style per component, so a user can restyle a part in Word.
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Component, LayoutProfile, ParagraphStyle } from '../../../common/profile';
import { stripNonXmlChars } from '../../../common/text/sanitize';
import { halfPt, mm, pt } from './units';

/** Vietnamese names of the styles, by component. */
export const STYLE_NAMES: Record<Component, string> = {
  partyTitle: 'VT Tiêu đề Đảng', superior: 'VT Cơ quan cấp trên', issuer: 'VT Cơ quan ban hành', star: 'VT Dấu sao',
  number: 'VT Số ký hiệu', summaryLeft: 'VT Trích yếu công văn', mark: 'VT Độ mật khẩn', draftMark: 'VT Dự thảo',
  circulation: 'VT Phạm vi lưu hành', dateLine: 'VT Địa danh ngày tháng', typeName: 'VT Tên loại', author: 'VT Tác giả',
  summary: 'VT Trích yếu', separator: 'VT Gạch ngăn', salutation: 'VT Kính gửi', body: 'VT Nội dung',
  heading1: 'VT Đề mục I', heading2: 'VT Đề mục 1', heading3: 'VT Đề mục a', dashItem: 'VT Gạch đầu dòng',
  centeredHeading: 'VT Đề mục giữa', tableText: 'VT Chữ trong bảng', signatureAuthority: 'VT Quyền hạn ký',
  signatureTitle: 'VT Chức vụ', signatureSpace: 'VT Chỗ ký', signerName: 'VT Họ tên người ký',
  recipientsLabel: 'VT Nơi nhận', recipient: 'VT Tên nơi nhận', brace: 'VT Ngoặc nhóm', bracePurpose: 'VT Mục đích gửi',
  appendixLabel: 'VT Phụ lục', appendixTitle: 'VT Tên phụ lục', pageNumber: 'VT Số trang',
};

/** Style id of a component in the DOCX ("VtPartyTitle"). */
export function styleId(c: Component): string {
  return `Vt${c[0].toUpperCase()}${c.slice(1)}`;
}

/** A paragraph of one component's style holding one text. */
export function styled(c: Component, text: string, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({ style: styleId(c), children: text ? [new TextRun(stripNonXmlChars(text.normalize('NFC')))] : [], ...extra });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED };

function paragraphStyle(c: Component, s: ParagraphStyle): IParagraphStyleOptions {
  return {
    id: styleId(c),
    name: STYLE_NAMES[c],
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: halfPt(s.sizePt), bold: s.bold ?? false, italics: s.italic ?? false, ...(s.underline ? { underline: {} } : {}) },
    paragraph: {
      keepNext: s.keepNext,
      alignment: ALIGN[s.align],
      indent: s.firstLineMm ? { firstLine: mm(s.firstLineMm) } : undefined,
      spacing: {
        before: pt(s.spaceBeforePt ?? 0),
        after: pt(s.spaceAfterPt ?? 0),
        ...(s.lineExactPt ? { line: pt(s.lineExactPt), lineRule: LineRuleType.EXACT } : { line: 240, lineRule: LineRuleType.AUTO }),
      },
    },
  };
}

/** The styles part of the document for a profile. */
export function buildStyles(p: LayoutProfile): IStylesOptions {
  const font = p.font.family;
  return {
    default: {
      document: {
        run: { font: { ascii: font, hAnsi: font, eastAsia: font, cs: font }, size: halfPt(p.styles.body.sizePt), color: p.font.colour, language: { value: 'vi-VN' } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: (Object.keys(p.styles) as Component[]).map((c) => paragraphStyle(c, p.styles[c])),
  };
}
