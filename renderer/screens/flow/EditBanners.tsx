/**
 * The banners of the office flow above the editor: read-only because another window holds the
 * edit lease (who, until when; the same user may take over), the conflict of a save that lost
 * (who saved, when, and the copy that keeps this window's text), and a draft returned with the
 * leader's comment.
 */
import type { EditStart, ReviewEvent, SaveConflict } from '../../../common/api/domains/office-flow';
import { clockTime } from '../../../common/rules/office-flow';
import { displayDate } from '../../../common/rules/date-line';
import './flow.css';

/** Props of EditBanners. */
export interface EditBannersProps {
  edit: EditStart;
  /** The conflict of this window's last save, if it lost. */
  conflict?: SaveConflict | null;
  /** The holder's message when this window's lease was lost while editing. */
  lostLease?: string | null;
  /** Opens a draft (the copy, or this one again: `takeOver` takes the lease from the same user's other window). */
  onOpen(id: string, takeOver?: boolean): void;
}

/** "Lê Thị Lãnh trả lại lúc 10:42 ngày 02/12/2026". */
function when(e: ReviewEvent): string {
  return `${clockTime(e.at)} ngày ${displayDate(e.at)}`;
}

/** The office flow's banners for the open draft. */
export function EditBanners({ edit, conflict, lostLease, onOpen }: EditBannersProps) {
  const { lease, flow } = edit;
  const last = flow.history.at(-1);
  return (
    <>
      {conflict && (
        <div className="flow-banner conflict" role="alert" data-flow-conflict>
          <strong>Không ghi đè được.</strong> {conflict.message}{' '}
          <button type="button" className="link" onClick={() => onOpen(conflict.copyId)}>Mở bản sao của bạn</button>
        </div>
      )}
      {!lease.held && (
        <div className="flow-banner readonly" role="status" data-flow-readonly>
          <strong>Chỉ xem.</strong> {lease.message} Bạn xem được nhưng chưa sửa được; khi người đó đóng dự thảo, bấm "Thử mở để sửa".{' '}
          <button type="button" className="link" onClick={() => onOpen(flow.id)}>Thử mở để sửa</button>
          {lease.sameUser && (
            <>{' · '}<button type="button" className="link" onClick={() => onOpen(flow.id, true)}>Sửa ở cửa sổ này</button></>
          )}
        </div>
      )}
      {lostLease && !conflict && (
        <div className="flow-banner readonly" role="alert" data-flow-lost>
          <strong>Cửa sổ này không còn giữ quyền sửa.</strong> {lostLease} Những gì bạn gõ tiếp sẽ được giữ thành bản sao, không ghi đè.
        </div>
      )}
      {flow.state === 'returned' && last?.action === 'return' && (
        <div className="flow-banner returned" role="note" data-flow-returned>
          <strong>Bị trả lại</strong> — {last.user} trả lại lúc {when(last)}, ý kiến: <q data-flow-comment>{last.comment}</q>{' '}
          Sửa theo ý kiến rồi bấm "Trình duyệt" lại.
        </div>
      )}
    </>
  );
}
