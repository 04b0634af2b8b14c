/** A valid request for every operation of the contract, used by the validation tests. */
import type { OpName } from '../../../common/api';
import org from '../../../templates/organisation.default.json';

/** Valid requests; `FILE` is replaced by a file inside the exports folder. */
export const FILE = '<file>';

/**
 * One valid request per operation. An operation without one still gets the checks that need no
 * sample (non-objects, unknown fields); add its sample here to get the per-field checks.
 */
export const VALID: Partial<Record<OpName, Record<string, unknown>>> = {
  'app.info': {},
  'settings.status': {},
  'settings.saveOrganisation': { organisation: org, term: { name: 'Nhiệm kỳ 2025 – 2030', start: '2025-10-01' } },
  'templates.list': {},
  'drafts.create': { templateId: 'nghi-quyet' },
  'drafts.list': { query: 'nghi quyet', limit: 10 },
  'drafts.get': { id: '20261122-abcdef12' },
  'drafts.autosave': { id: '20261122-abcdef12', draft: { format: 'vanthu-draft' }, checkpoint: true },
  'drafts.versions': { id: '20261122-abcdef12' },
  'drafts.restore': { id: '20261122-abcdef12', version: '20261122-101500-000' },
  'drafts.duplicate': { id: '20261122-abcdef12' },
  'drafts.trash': { id: '20261122-abcdef12' },
  'drafts.trashList': {},
  'drafts.untrash': { id: '20261122-abcdef12' },
  'drafts.meta': { id: '20261122-abcdef12' },
  'drafts.submit': { id: '20261122-abcdef12', submitted: true },
  'drafts.share': { id: '20261122-abcdef12', shared: true },
  'drafts.exportDraft': { id: '20261122-abcdef12' },
  'drafts.issue': { id: '20261122-abcdef12', date: '2026-03-06', reservationId: 3, pdf: false },
  'export.pdf': { draftId: '20261122-abcdef12' },
  'registry.listOutgoing': { limit: 10, offset: 0 },
  'backup.create': {},
  'backup.list': {},
  'backup.restore': { file: FILE },
  'registry.importRegister': { file: FILE, name: 'so-di.xlsx', apply: true, expect: 'a'.repeat(64) },
  'files.saveAs': { file: FILE, name: 'nghi-quyet.docx' },
  'files.open': { kind: 'attachment' },
  'settings.saveLayout': { profile: 'hd36-2018', override: { styles: { body: { firstLineMm: 10 } }, wording: { closingMark: '.' } } },
  'settings.officeProbe': { address: 'https://192.168.1.10:8443' },
  'settings.accountCreate': { userName: 'nguyen.van.a', displayName: 'Nguyễn Văn A', roles: ['chuyen-vien'] },
  'settings.accountReset': { id: '0b6f3c2e-8d4a-4f1e-9c7b-2a5d6e8f9a10' },
  'settings.officeTrust': { address: '192.168.1.10:8443', fingerprint: Array(32).fill('3F').join(':') },
  'settings.officeForget': { address: 'may-chu-vp:8443' },
  'registry.deskRecipientBook': {},
  'registry.deskRecipientSave': { recipient: 'Các huyện ủy, thành ủy' },
  'registry.deskRecipientRemove': { id: 3 },
  'registry.deskRecipientGroupSave': { groupName: 'Cấp trên', purpose: 'để báo cáo', lines: ['Ban Bí thư Trung ương Đảng'] },
  'registry.deskRecipientGroupRemove': { id: 2 },
  'registry.deskRecipientDefaults': { typeId: 'ket-luan', items: [{ group: 2 }, { entry: 3 }] },
};

/** A value of the wrong type for `v`. */
export function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return 'mười';
  if (typeof v === 'boolean') return 'có';
  if (Array.isArray(v)) return 'danh sách';
  return 'đối tượng';
}
