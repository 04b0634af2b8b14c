/**
 * Which layout component (common/profile) each role of the recogniser (main/docx-in/recognise)
 * is printed in, and which part of the check it belongs to: the bridge that lets the file check
 * compare a paragraph of a Word file with the profile's style for what it is.
 */
import type { WordPart } from '../../../common/api/domains/word';
import type { Component } from '../../../common/profile';
import type { ImportRole } from '../recognise/types';

/** The component and part of a role; roles without a style of their own (empty lines, rules, tables) have none. */
export const ROLE_COMPONENTS: Partial<Record<ImportRole, { component: Component; part: WordPart }>> = {
  'party-title': { component: 'partyTitle', part: 'header' },
  superior: { component: 'superior', part: 'header' },
  issuer: { component: 'issuer', part: 'header' },
  star: { component: 'star', part: 'header' },
  number: { component: 'number', part: 'header' },
  'place-date': { component: 'dateLine', part: 'header' },
  'summary-left': { component: 'summaryLeft', part: 'header' },
  secrecy: { component: 'mark', part: 'header' },
  urgency: { component: 'mark', part: 'header' },
  'type-name': { component: 'typeName', part: 'title' },
  author: { component: 'author', part: 'title' },
  summary: { component: 'summary', part: 'title' },
  separator: { component: 'separator', part: 'title' },
  addressees: { component: 'salutation', part: 'title' },
  paragraph: { component: 'body', part: 'body' },
  heading1: { component: 'heading1', part: 'body' },
  heading2: { component: 'heading2', part: 'body' },
  heading3: { component: 'heading3', part: 'body' },
  'dash-item': { component: 'dashItem', part: 'body' },
  'centered-heading': { component: 'centeredHeading', part: 'body' },
  authority: { component: 'signatureAuthority', part: 'signature' },
  'signer-title': { component: 'signatureTitle', part: 'signature' },
  'signer-name': { component: 'signerName', part: 'signature' },
  'recipients-label': { component: 'recipientsLabel', part: 'recipients' },
  recipient: { component: 'recipient', part: 'recipients' },
  archive: { component: 'recipient', part: 'recipients' },
  'appendix-label': { component: 'appendixLabel', part: 'appendix' },
  'appendix-title': { component: 'appendixTitle', part: 'appendix' },
};

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
