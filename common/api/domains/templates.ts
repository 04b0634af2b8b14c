/** Contract of the `templates` domain: the document templates offered for a new draft. */
import { empty } from '../fields';
import { op } from '../op';

/** One template as listed in the gallery. */
export interface TemplateInfo {
  id: string;
  /** Vietnamese name: "Nghị quyết". */
  name: string;
  /** Document type id ("nghi-quyet"). */
  typeId: string;
}

/** Operations of the templates domain. */
export const templatesOps = {
  'templates.list': op<TemplateInfo[]>()({ input: empty, label: 'Đọc danh sách mẫu' }),
};
