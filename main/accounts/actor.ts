/**
 * The person behind a request: a signed-in account of the office server, or the single seat's one
 * implicit user, who holds every role and never logs in.
 */
import { SINGLE_SEAT_ROLES, type RoleCode } from '../../common/rules/roles';

/** Who is acting, as the server and the services see it. */
export interface Actor {
  /** Account id ('single-seat' for the single seat). */
  accountId: string;
  /** User name, written in every audit record. */
  userName: string;
  /** Full name, shown in queues and on locks. */
  displayName: string;
  /** Roles held. */
  roles: readonly RoleCode[];
  /** Only changing the password (and logging out) is allowed until this is false. */
  mustChangePassword: boolean;
  /** SHA-256 of the session's token (absent for the single seat). */
  tokenHash?: string;
}

/** Account id of the single seat's implicit user. */
export const SINGLE_SEAT_ACCOUNT_ID = 'single-seat';

/**
 * The single seat's implicit user: every role, no login, named after the OS account as the
 * registry's audit log already does (`userName` is that name).
 */
export function singleSeatUser(userName: string): Actor {
  return { accountId: SINGLE_SEAT_ACCOUNT_ID, userName, displayName: userName, roles: SINGLE_SEAT_ROLES, mustChangePassword: false };
}
