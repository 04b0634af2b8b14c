/** A valid request for every operation of the contract, used by the validation tests. */
import type { OpName } from '../../../common/api';
import org from '../../../templates/organisation.default.json';

/** Valid requests; `FILE` is replaced by a file inside the exports folder. */
export const FILE = '<file>';

/** One valid request per operation. */
export const VALID: Record<OpName, Record<string, unknown>> = {
  'app.info': {},
  'settings.status': {},
  'settings.saveOrganisation': { organisation: org, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } },
  'templates.list': {},
  'drafts.create': { templateId: 'nghi-quyet' },
  'drafts.list': { query: 'nghi quyet', limit: 10 },
  'drafts.get': { id: '20261122-abcdef12' },
  'drafts.save': { id: '20261122-abcdef12', draft: { format: 'vanthu-draft' } },
  'drafts.delete': { id: '20261122-abcdef12' },
  'export.docx': { draftId: '20261122-abcdef12' },
  'registry.books': {},
  'registry.listOutgoing': { limit: 10, offset: 0 },
  'registry.listIncoming': { limit: 10, offset: 0 },
  'registry.registerDraft': { draftId: '20261122-abcdef12' },
  'registry.registerIncoming': {
    receivedDate: '2026-03-10', sender: 'Văn phòng Trung ương Đảng', senderNumber: '88-CV/VPTW', summary: 'Về việc chuyển đổi số',
    attachment: FILE,
  },
  'search.query': { text: 'chuyen doi so', limit: 10 },
  'backup.create': {},
  'backup.list': {},
  'backup.restore': { file: FILE },
  'files.saveAs': { file: FILE, name: 'nghi-quyet.docx' },
  'files.open': { kind: 'attachment' },
};

/** A value of the wrong type for `v`. */
export function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return 'mười';
  if (typeof v === 'boolean') return 'có';
  if (Array.isArray(v)) return 'danh sách';
  return 'đối tượng';
}
