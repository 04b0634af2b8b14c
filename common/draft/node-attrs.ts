/**
 * Checks of the attributes of the body's nodes and marks, which ProseMirror's own check lets
 * through (it accepts any value for an attribute): heading levels within the schema's range,
 * appendix label and title as bounded text, table header flags and placeholder marks of a known kind.
 */
import type { Mark, Node } from 'prosemirror-model';
import { FIELD_LIMITS, HEADING_LEVELS } from './limits';

const PLACEHOLDER_KINDS = ['blank', 'sample'];

function textWithin(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length <= max;
}

function markProblem(mark: Mark): string | null {
  if (mark.type.name !== 'placeholder') return null;
  if (!PLACEHOLDER_KINDS.includes(mark.attrs.kind)) {
    return `Chỗ trống của mẫu có loại "${String(mark.attrs.kind).slice(0, 30)}" không hợp lệ (chỉ nhận "blank" hoặc "sample").`;
  }
  if (!textWithin(mark.attrs.hint, FIELD_LIMITS['placeholder.hint'])) {
    return `Gợi ý của chỗ trống phải là chuỗi ký tự, không dài quá ${FIELD_LIMITS['placeholder.hint']} ký tự.`;
  }
  return null;
}

function nodeProblem(node: Node): string | null {
  switch (node.type.name) {
    case 'heading':
      if (!HEADING_LEVELS.includes(node.attrs.level)) {
        return `Đề mục có cấp "${String(node.attrs.level).slice(0, 30)}" không hợp lệ (chỉ nhận cấp ${HEADING_LEVELS.join(', ')}).`;
      }
      return null;
    case 'appendix':
      if (!textWithin(node.attrs.label, FIELD_LIMITS['appendix.label'])) {
        return `Nhãn phụ lục phải là chuỗi ký tự, không dài quá ${FIELD_LIMITS['appendix.label']} ký tự.`;
      }
      if (!textWithin(node.attrs.title, FIELD_LIMITS['appendix.title'])) {
        return `Tên phụ lục phải là chuỗi ký tự, không dài quá ${FIELD_LIMITS['appendix.title']} ký tự.`;
      }
      return null;
    case 'table_cell':
      return typeof node.attrs.header === 'boolean' ? null : 'Ô bảng có thuộc tính "header" không phải đúng/sai (true/false).';
    default:
      for (const mark of node.marks) {
        const problem = markProblem(mark);
        if (problem) return problem;
      }
      return null;
  }
}

/** The first problem with a body node's or mark's attributes, as a Vietnamese sentence; null when none. */
export function checkBodyAttrs(doc: Node): string | null {
  let problem: string | null = null;
  doc.descendants((node) => {
    if (problem) return false;
    problem = nodeProblem(node);
    return !problem;
  });
  return problem;
}
