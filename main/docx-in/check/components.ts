/**
 * Which layout component (common/profile) each role of the recogniser (main/docx-in/recognise)
 * is printed in, and which part of the check it belongs to: the bridge that lets the file check
 * compare a paragraph of a Word file with the profile's style for what it is.
 */
import type { WordPart } from '../../../common/api/domains/word';
import type { Component } from '../../../common/profile';
import type { ImportRole } from '../recognise/types';

/** For each part of the check, the component each of its roles is printed in. */
const COMPONENTS_BY_PART: Record<Exclude<WordPart, 'page'>, Partial<Record<ImportRole, Component>>> = {
  header: {
    'party-title': 'partyTitle', superior: 'superior', issuer: 'issuer', star: 'star', number: 'number',
    'place-date': 'dateLine', 'summary-left': 'summaryLeft', secrecy: 'mark', urgency: 'mark',
  },
  title: { 'type-name': 'typeName', author: 'author', summary: 'summary', separator: 'separator', addressees: 'salutation' },
  body: {
    paragraph: 'body', heading1: 'heading1', heading2: 'heading2', heading3: 'heading3',
    'dash-item': 'dashItem', 'centered-heading': 'centeredHeading',
  },
  signature: { authority: 'signatureAuthority', 'signer-title': 'signatureTitle', 'signer-name': 'signerName' },
  recipients: { 'recipients-label': 'recipientsLabel', recipient: 'recipient', archive: 'recipient' },
  appendix: { 'appendix-label': 'appendixLabel', 'appendix-title': 'appendixTitle' },
};

/** The component and part of a role; roles without a style of their own (empty lines, rules, tables) have none. */
export const ROLE_COMPONENTS: Partial<Record<ImportRole, { component: Component; part: WordPart }>> = Object.fromEntries(
  (Object.entries(COMPONENTS_BY_PART) as [WordPart, Partial<Record<ImportRole, Component>>][]).flatMap(([part, roles]) =>
    Object.entries(roles).map(([role, component]) => [role, { component, part }])),
);

/** Vietnamese names of the components, for messages ("Tên loại văn bản"). */
export const COMPONENT_NAMES: Record<Component, string> = {
  partyTitle: 'Dòng "ĐẢNG CỘNG SẢN VIỆT NAM"', superior: 'Tên cơ quan cấp trên', issuer: 'Tên cơ quan ban hành',
  star: 'Dấu sao', number: 'Số và ký hiệu', summaryLeft: 'Trích yếu công văn', mark: 'Dấu mức độ mật, khẩn',
  draftMark: 'Chỉ dẫn dự thảo', circulation: 'Phạm vi lưu hành', dateLine: 'Địa danh, ngày tháng',
  typeName: 'Tên loại văn bản', author: 'Dòng tác giả', summary: 'Trích yếu', separator: 'Gạch ngăn dưới trích yếu',
  salutation: 'Kính gửi', body: 'Đoạn nội dung', heading1: 'Đề mục cấp I', heading2: 'Đề mục cấp 1', heading3: 'Đề mục cấp a',
  dashItem: 'Dòng gạch đầu dòng', centeredHeading: 'Đề mục giữa', tableText: 'Chữ trong bảng',
  signatureAuthority: 'Quyền hạn người ký', signatureTitle: 'Chức vụ người ký', signerName: 'Họ tên người ký',
  signatureSpace: 'Chỗ ký', recipientsLabel: '"Nơi nhận:"', recipient: 'Tên nơi nhận', brace: 'Ngoặc nhóm',
  bracePurpose: 'Mục đích gửi', appendixLabel: 'Nhãn phụ lục', appendixTitle: 'Tên phụ lục', pageNumber: 'Số trang',
};

/** Components of running text: emphasis inside them (a bold lead phrase) is the drafter's, not a format error. */
export const RUNNING_TEXT: ReadonlySet<Component> = new Set<Component>(['body', 'heading3', 'dashItem', 'tableText']);

/** Components whose paragraphs the check measures for indent and spacing (the body's paragraphs). */
export const BODY_PARAGRAPHS: ReadonlySet<Component> = new Set<Component>(['body', 'heading1', 'heading2', 'heading3', 'dashItem']);
