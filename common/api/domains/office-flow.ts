/**
 * Contract of the office flow (issue 14 item 4), under the `drafts.` prefix so the IPC and host
 * registration need no change: who acts, a draft's place in the flow, the steps (Trình duyệt,
 * Duyệt, Trả lại with a comment, Rút lại), the queues per role, and the edit lease of a window.
 * The rules (states, who may do what) are common/rules/office-flow.ts; the data shapes below are
 * what the registry returns (main/registry/drafts/flow.ts, lease.ts, conflict.ts).
 */
import * as z from 'zod';
import {
  COMMENT_MAX, FLOW_QUEUES, FLOW_STEPS, type FlowQueue, type FlowState, type FlowStep,
} from '../../rules/office-flow';
import { id } from '../fields';
import { op } from '../op';

/** One step of a draft's review history. */
export interface ReviewEvent { at: string; user: string; action: FlowStep; comment: string }

/** Where a draft stands in the office flow. */
export interface DraftFlow {
  id: string;
  state: FlowState;
  /** Vietnamese label of the state ("Chờ duyệt"). */
  label: string;
  /** Bumped by every save; a save names the revision it started from. */
  revision: number;
  /** Who saved last ('' before the first save since migration 6). */
  savedBy: string;
  /** Review history, oldest first. */
  history: ReviewEvent[];
}

/** One draft in a queue, with the last step taken on it. */
export interface QueueItem {
  id: string; templateId: string; title: string; updatedAt: string; state: FlowState;
  /** Who last submitted it ('' when it went straight to Trình ký in the single seat). */
  submittedBy: string;
  last: ReviewEvent | null;
}

/** A draft's edit lease as one window sees it. */
export interface LeaseView {
  /** Whether this window holds the lease (may edit). */
  held: boolean;
  holder: string;
  expiresAt: string;
  /** The holder is the same user (another window of theirs): they may take over. */
  sameUser: boolean;
  /** The Vietnamese sentence of the read-only banner; '' when held. */
  message: string;
}

/** A refused save: why (Vietnamese), who saved last (or holds the lease) and when, and the copy keeping the text. */
export interface SaveConflict {
  kind: 'stale' | 'leased';
  message: string;
  by: string;
  at: string;
  copyId: string;
  copyTitle: string;
}

/** Who is acting here, and what the screens offer them. */
export interface FlowActorView {
  user: string;
  roles: string[];
  /** The single seat: one implicit user holding every role (Trình ký may skip approval). */
  singleSeat: boolean;
  /** The queues of Hàng chờ this actor sees, in order. */
  queues: FlowQueue[];
}

/** What opening a draft for editing gives: the lease and the draft's place in the flow. */
export interface EditStart { lease: LeaseView; flow: DraftFlow }

/** A window's id (random, per opened page): the lease's client. */
export const clientId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'mã cửa sổ không hợp lệ');

/** Operations of the office flow (drafts domain). */
export const officeFlowOps = {
  'drafts.flowActor': op<FlowActorView>()({ input: z.strictObject({}), label: 'Đọc vai trò người dùng' }),
  'drafts.flow': op<DraftFlow>()({ input: z.strictObject({ id }), label: 'Đọc bước duyệt của dự thảo' }),
  'drafts.flowStep': op<DraftFlow>()({
    input: z.strictObject({
      id, step: z.enum(FLOW_STEPS), comment: z.string().max(COMMENT_MAX, `ý kiến dài quá ${COMMENT_MAX} ký tự`).default(''),
      client: clientId.optional(),
    }),
    label: 'Chuyển bước duyệt dự thảo',
  }),
  'drafts.queue': op<QueueItem[]>()({ input: z.strictObject({ queue: z.enum(FLOW_QUEUES) }), label: 'Đọc hàng chờ' }),
  'drafts.editStart': op<EditStart>()({
    input: z.strictObject({ id, client: clientId, takeOver: z.boolean().default(false) }),
    label: 'Mở dự thảo để sửa',
  }),
  'drafts.editEnd': op<{ released: boolean }>()({ input: z.strictObject({ id, client: clientId }), label: 'Đóng dự thảo' }),
  /** Shares a draft with the other chuyên viên (or stops sharing it): its owner only (docs/office-flow.md). */
  'drafts.share': op<{ id: string; shared: boolean }>()({
    input: z.strictObject({ id, shared: z.boolean() }), label: 'Chia sẻ dự thảo',
  }),
};
