/**
 * Chia sẻ on the office server: a draft's owner (or a quản trị) shares it with the other chuyên viên
 * or stops sharing it ('drafts.share'); the line says the state ("Đã chia sẻ với các chuyên viên").
 * Anyone else sees whose draft it is (and that it is shared, when it is), with no button (the rule is
 * mayShareDraft of common/rules/flow-actions.ts, the registry's own check). A refusal of the server
 * is shown on the line, in its words. The single seat has one user: nothing to share, nothing shown.
 */
import { useState } from 'react';
import { mayShareDraft, ownerText, shareStateText, type Person } from '../../../common/rules/flow-actions';
import './flow.css';

/** Props of ShareControl. */
export interface ShareControlProps {
  id: string;
  /** The draft's owner ('' or undefined when not recorded). */
  owner: string | undefined;
  shared: boolean;
  /** Who works in this window; null until known. */
  person: (Person & { singleSeat: boolean }) | null;
  /** Calls 'drafts.share' (tests pass their own). */
  share?(id: string, shared: boolean): Promise<{ shared: boolean }>;
}

const callShare = (id: string, shared: boolean) => window.vanthu.drafts.share({ id, shared });

/** The sharing line of an open draft. */
export function ShareControl({ id, owner, shared: initial, person, share = callShare }: ShareControlProps) {
  const [shared, setShared] = useState(initial);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  if (!person || person.singleSeat) return null;
  const allowed = mayShareDraft(person, owner ?? '');
  const whose = ownerText(owner, person.user);
  if (!allowed && !whose) return null;
  const toggle = async () => {
    setWorking(true);
    setError('');
    try {
      setShared((await share(id, !shared)).shared);
    } catch (e) {
      setError(`${shared ? 'Chưa thôi chia sẻ được' : 'Chưa chia sẻ được'}: ${(e as Error).message}`);
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="flow-share" aria-label="Chia sẻ dự thảo" data-shared={shared ? 'yes' : 'no'}>
      {whose && <span className="flow-owner" data-owner={owner} title={allowed ? undefined : 'Chỉ người soạn hoặc quản trị được đổi việc chia sẻ'}>{whose}</span>}
      {(allowed || shared) && <span className="flow-share-state" role="status">{shareStateText(shared)}</span>}
      {allowed && (
        <button type="button" className="secondary" disabled={working} onClick={() => void toggle()}
          title={shared ? 'Các chuyên viên khác sẽ không thấy dự thảo này nữa' : 'Các chuyên viên khác thấy, mở và sửa được dự thảo này'}>
          {shared ? 'Thôi chia sẻ' : 'Chia sẻ với các chuyên viên'}
        </button>
      )}
      {error && <span className="error-text" role="alert" data-share-error>{error}</span>}
    </div>
  );
}
