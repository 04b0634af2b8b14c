/** A generated long Nghị quyết for the editor bench: the template's header and closing, a body of ~100 pages. */
import type { Draft } from '../../../common/draft/draft';
import { createDraft } from '../../../common/draft/create';
import { blocksFromCompact, schema, type CompactBlock } from '../../../common/model';
import { defaultOrganisation, findTemplate } from '../../../main/templates/index';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const SENTENCE = 'Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc chủ trương của Đảng về chuyển đổi số, gắn với nhiệm vụ chính trị của địa phương, đơn vị; ';

/** A draft whose body has `sections` × `items` headed blocks (about 12 blocks a page). */
export function longDraft(blocks = 800): Draft {
  const body: CompactBlock[] = [];
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; body.length < blocks; i++) {
    if (i % 130 === 0) { body.push({ h1: `${ROMAN[h1++ % 10]}- PHẦN NỘI DUNG SỐ ${h1}` }); h2 = 0; }
    if (i % 13 === 0) body.push({ h2: `${++h2}. Nhiệm vụ thứ ${h2}` });
    if (i % 5 === 4) body.push({ dash: `- ${SENTENCE.repeat(1)}bảo đảm tiến độ, chất lượng (mục ${i}).` });
    else body.push({ p: `${SENTENCE.repeat(2)}đoạn văn số ${i} của văn bản dài dùng để đo hiệu năng.` });
  }
  const draft = createDraft(findTemplate('nghi-quyet')!, defaultOrganisation());
  const doc = schema.nodeFromJSON(draft.doc);
  const next = doc.copy(doc.content.replaceChild(2, schema.nodes.body.create(null, blocksFromCompact(body))));
  return { ...draft, doc: next.toJSON() };
}
