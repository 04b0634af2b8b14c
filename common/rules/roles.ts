/**
 * The roles of an office and what each may do: the one source read by the office server (which
 * operation a session may run), the account service (who manages accounts), the office flow (who
 * submits, approves, returns, numbers) and the screens (what to show). docs/accounts.md has the
 * same table in prose; tests/common/roles.test.ts holds them together.
 */
import type { OpName } from '../api/operations';

/** Every role code, in the order screens list them. */
export const ROLE_CODES = ['van-thu', 'chuyen-vien', 'lanh-dao', 'quan-tri'] as const;

/** One role of an office account. */
export type RoleCode = (typeof ROLE_CODES)[number];

/** Vietnamese name of each role, as users read it. */
export const ROLE_LABELS: Readonly<Record<RoleCode, string>> = {
  'van-thu': 'Văn thư',
  'chuyen-vien': 'Chuyên viên',
  'lanh-dao': 'Lãnh đạo văn phòng',
  'quan-tri': 'Quản trị',
};

/** What each role is for, in Vietnamese (the accounts screen shows it beside the role). */
export const ROLE_DUTIES: Readonly<Record<RoleCode, string>> = {
  'van-thu': 'Cấp số văn bản đi, vào sổ văn bản đến, in sổ',
  'chuyen-vien': 'Soạn dự thảo; xem dự thảo của mình và dự thảo được chia sẻ',
  'lanh-dao': 'Duyệt dự thảo hoặc trả lại kèm ý kiến',
  'quan-tri': 'Quản lý tài khoản, sổ văn bản, nhiệm kỳ, thông tin cơ quan',
};

/** The single seat's one implicit user holds every role and never logs in. */
export const SINGLE_SEAT_ROLES: readonly RoleCode[] = ROLE_CODES;

const ALL = ROLE_CODES;
/** Roles that work on the text of drafts or read them along the flow. */
const DRAFT_READERS = ['chuyen-vien', 'lanh-dao', 'van-thu'] as const;
/** Roles that read the registers (books of outgoing and incoming documents). */
const REGISTER_READERS = ['van-thu', 'lanh-dao'] as const;

/**
 * The steps of the office flow a person takes on a draft ('drafts.flowStep' runs the first four,
 * 'drafts.submit' Trình ký straight to numbering, 'drafts.issue' the numbering; the states they lead to
 * are common/rules/office-flow.ts, which reads who may take each step from FLOW_ROLES below).
 */
export const FLOW_ACTIONS = ['submit', 'withdraw', 'approve', 'return', 'sign', 'number'] as const;

/** One step of the office flow. */
export type FlowAction = (typeof FLOW_ACTIONS)[number];

/** Vietnamese name of each step, as the buttons and the audit log show it. */
export const FLOW_ACTION_LABELS: Readonly<Record<FlowAction, string>> = {
  submit: 'Trình duyệt',
  withdraw: 'Rút lại để sửa',
  approve: 'Duyệt',
  return: 'Trả lại',
  sign: 'Trình ký',
  number: 'Cấp số và đăng ký',
};

/**
 * Roles allowed to take each step of the flow: the one source of who does what in the flow, read by
 * the flow's rules (common/rules/office-flow.ts), the registry and the operations below. Trình ký
 * straight to numbering skips Duyệt, so it is the lãnh đạo văn phòng's own step.
 */
export const FLOW_ROLES = {
  submit: ['chuyen-vien'],
  withdraw: ['chuyen-vien'],
  approve: ['lanh-dao'],
  return: ['lanh-dao'],
  sign: ['lanh-dao'],
  number: ['van-thu'],
} as const satisfies Readonly<Record<FlowAction, readonly RoleCode[]>>;

/** Roles that may take one of the steps of 'drafts.flowStep' (each step is then checked on its own). */
const FLOW_STEP_ROLES = ROLE_CODES.filter((r) => (['submit', 'withdraw', 'approve', 'return'] as const)
  .some((a) => (FLOW_ROLES[a] as readonly RoleCode[]).includes(r)));

/**
 * Roles allowed to run each operation of the contract (common/api/operations.ts). `satisfies`
 * makes a new operation without an entry, or an entry for an operation that is gone, a type error.
 */
export const OPERATION_ROLES = {
  'app.info': ALL,
  'settings.status': ALL,
  'settings.saveOrganisation': ['quan-tri'],
  'settings.saveLayout': ['quan-tri'],
  'templates.list': ALL,
  'settings.officeStatus': ALL,
  'settings.officeSingle': ALL,
  'settings.officeProbe': ALL,
  'settings.officeTrust': ALL,
  'settings.officeForget': ALL,
  'settings.accountMe': ALL,
  'settings.accountList': ['quan-tri'],
  'settings.accountCreate': ['quan-tri'],
  'settings.accountReset': ['quan-tri'],
  'settings.accountDisable': ['quan-tri'],
  'settings.accountEnable': ['quan-tri'],
  'settings.accountUnlock': ['quan-tri'],
  'files.open': ALL,
  'files.saveAs': ALL,

  'drafts.create': ['chuyen-vien'],
  'drafts.list': DRAFT_READERS,
  'drafts.get': DRAFT_READERS,
  'drafts.meta': DRAFT_READERS,
  'drafts.versions': DRAFT_READERS,
  'drafts.exportDraft': DRAFT_READERS,
  'export.pdf': DRAFT_READERS,
  'drafts.checkWord': DRAFT_READERS,
  'drafts.autosave': ['chuyen-vien'],
  'drafts.restore': ['chuyen-vien'],
  'drafts.duplicate': ['chuyen-vien'],
  'drafts.trash': ['chuyen-vien'],
  'drafts.trashList': ['chuyen-vien'],
  'drafts.untrash': ['chuyen-vien'],
  'drafts.openWord': ['chuyen-vien'],
  // The operations of a flow step are allowed to the roles of that step (FLOW_ROLES), never listed twice.
  'drafts.submit': FLOW_ROLES.sign,
  'drafts.issue': FLOW_ROLES.number,
  'drafts.flowActor': ALL,
  'drafts.flow': DRAFT_READERS,
  'drafts.queue': DRAFT_READERS,
  'drafts.flowStep': FLOW_STEP_ROLES,
  'drafts.editStart': DRAFT_READERS,
  'drafts.editEnd': DRAFT_READERS,
  'drafts.share': ['chuyen-vien'],

  'registry.listOutgoing': REGISTER_READERS,
  'registry.deskToday': ALL,
  'registry.deskOutgoing': REGISTER_READERS,
  'registry.deskOutgoingDetail': REGISTER_READERS,
  'registry.deskIncoming': REGISTER_READERS,
  'registry.deskIncomingDetail': REGISTER_READERS,
  'registry.deskSearch': REGISTER_READERS,
  'registry.deskQueues': REGISTER_READERS,
  'registry.deskStats': REGISTER_READERS,
  'registry.deskStatsExport': REGISTER_READERS,
  'registry.deskBooks': ['van-thu', 'lanh-dao', 'quan-tri'],
  'registry.deskRecipientBook': ALL,

  'registry.deskRegisterIncoming': ['van-thu'],
  'registry.deskCheckWord': ['van-thu'],
  'registry.deskSenders': ['van-thu'],
  'registry.deskDuplicates': ['van-thu'],
  'registry.deskRoute': ['van-thu'],
  'registry.deskStatus': ['van-thu'],
  'registry.deskStampPdf': ['van-thu'],
  'registry.deskStampPreview': ['van-thu'],
  'registry.deskStampPlace': ['van-thu'],
  'registry.deskStampSize': ['van-thu'],
  'registry.deskReserve': ['van-thu'],
  'registry.deskCancel': ['van-thu'],
  'registry.deskRelease': ['van-thu'],
  'registry.deskPrint': ['van-thu'],
  'registry.deskPrintPreview': ['van-thu'],
  'registry.deskAddresses': ['van-thu'],
  'registry.deskAddressSave': ['van-thu'],
  'registry.deskAddressRemove': ['van-thu'],
  'registry.deskRecipientSave': ['van-thu', 'quan-tri'],
  'registry.deskRecipientRemove': ['van-thu', 'quan-tri'],
  'registry.deskRecipientGroupSave': ['van-thu', 'quan-tri'],
  'registry.deskRecipientGroupRemove': ['van-thu', 'quan-tri'],
  'registry.deskRecipientDefaults': ['van-thu', 'quan-tri'],

  'registry.deskCreateBook': ['quan-tri'],
  'registry.deskOpenTerm': ['quan-tri'],
  'registry.deskCloseTerm': ['quan-tri'],
  'registry.importRegister': ['quan-tri'],
  'registry.deskAudit': ['quan-tri', 'lanh-dao'],
  'registry.deskIntegrity': ['quan-tri'],
  'registry.deskBackupProblem': ['van-thu', 'quan-tri'],
  'backup.create': ['quan-tri'],
  'backup.list': ['quan-tri'],
  'backup.restore': ['quan-tri'],
} as const satisfies Record<OpName, readonly RoleCode[]>;

/** What the account service does on behalf of a signed-in person. */
export const ACCOUNT_ACTIONS = ['list', 'create', 'setRoles', 'disable', 'enable', 'unlock', 'resetPassword', 'changeOwnPassword', 'logout'] as const;

/** One action of the account service. */
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** Roles allowed to take each account action ('changeOwnPassword' and 'logout': everyone, on themselves). */
export const ACCOUNT_ROLES: Readonly<Record<AccountAction, readonly RoleCode[]>> = {
  list: ['quan-tri'],
  create: ['quan-tri'],
  setRoles: ['quan-tri'],
  disable: ['quan-tri'],
  enable: ['quan-tri'],
  unlock: ['quan-tri'],
  resetPassword: ['quan-tri'],
  changeOwnPassword: ALL,
  logout: ALL,
};

/** Whether `code` is a role code (guards data read from a database or a request). */
export function isRoleCode(code: unknown): code is RoleCode {
  return typeof code === 'string' && (ROLE_CODES as readonly string[]).includes(code);
}

function holdsAny(held: readonly RoleCode[], allowed: readonly RoleCode[]): boolean {
  return held.some((r) => allowed.includes(r));
}

/** Whether a person holding `roles` may run operation `op`. */
export function mayRunOperation(roles: readonly RoleCode[], op: OpName): boolean {
  return holdsAny(roles, OPERATION_ROLES[op]);
}

/** Whether a person holding `roles` may take flow step `action`. */
export function mayTakeFlowAction(roles: readonly RoleCode[], action: FlowAction): boolean {
  return holdsAny(roles, FLOW_ROLES[action]);
}

/** Whether a person holding `roles` may take account action `action`. */
export function mayTakeAccountAction(roles: readonly RoleCode[], action: AccountAction): boolean {
  return holdsAny(roles, ACCOUNT_ROLES[action]);
}

/** The Vietnamese names of `roles` joined for a sentence ("Văn thư, Quản trị"). */
export function roleNames(roles: readonly RoleCode[]): string {
  return roles.map((r) => ROLE_LABELS[r]).join(', ');
}
