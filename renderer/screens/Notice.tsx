/** A message box inside a screen: an empty state, a missing feature or an error. */
import type { ReactNode } from 'react';

/** Props of Notice. */
export interface NoticeProps {
  kind?: 'info' | 'error';
  children: ReactNode;
}

/** A boxed message. */
export function Notice({ kind = 'info', children }: NoticeProps) {
  return <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'note'}>{children}</div>;
}
