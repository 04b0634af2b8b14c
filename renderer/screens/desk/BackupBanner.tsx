/**
 * The warning the desk shows while the register's automatic backups fail (a full or read-only disk:
 * main/registry/backup/problem.ts): the register still works, but no copy is being kept. Nothing
 * otherwise.
 */
import { useEffect, useState } from 'react';
import type { DeskBackupProblem } from '../../../common/api/domains/desk-care';

/** Milliseconds between two looks: a large register's daily backup ends a while after the desk opens. */
const POLL_MS = 60_000;

/** A warning banner while the last automatic backup of the register failed. */
export function BackupBanner() {
  const [problem, setProblem] = useState<DeskBackupProblem | null>(null);
  useEffect(() => {
    let stopped = false;
    const look = () => void window.vanthu.registry.deskBackupProblem().then((p) => { if (!stopped) setProblem(p); }, () => undefined);
    look();
    const timer = setInterval(look, POLL_MS);
    return () => { stopped = true; clearInterval(timer); };
  }, []);
  if (!problem?.message) return null;
  return (
    <div className="notice error" role="alert" data-testid="backup-banner">
      <strong>Chưa sao lưu được sổ đăng ký.</strong> {problem.message}
      {' '}Sổ vẫn dùng bình thường nhưng chưa có bản sao lưu mới; khắc phục xong, hãy sao lưu lại ở mục Sao lưu (hoặc báo người quản trị).
    </div>
  );
}
