/**
 * The warning the desk shows when the background integrity check of the register file found damage
 * (main/registry/integrity.ts): what it means and what to do, in Vietnamese. Nothing otherwise.
 */
import { useEffect, useState } from 'react';
import type { DeskIntegrity } from '../../../common/api/domains/desk-care';

/** Milliseconds between two looks at a check still running. */
const POLL_MS = 5000;

/** A warning banner while the last full check of the register found a problem. */
export function IntegrityBanner() {
  const [report, setReport] = useState<DeskIntegrity | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => void window.vanthu.registry.deskIntegrity().then((r) => {
      if (stopped) return;
      setReport(r);
      if (r.state === 'pending') timer = setTimeout(look, POLL_MS);
    }, () => undefined);
    look();
    return () => { stopped = true; clearTimeout(timer); };
  }, []);
  if (report?.state !== 'problem') return null;
  return (
    <div className="notice error" role="alert" data-testid="integrity-banner">
      <strong>Tệp sổ đăng ký bị hỏng.</strong> Lần kiểm tra toàn vẹn gần nhất phát hiện lỗi: {report.problems.slice(0, 2).join('; ')}.
      {' '}Hãy sao lưu ngay các dữ liệu còn đọc được, rồi khôi phục từ một bản sao lưu còn tốt (Sao lưu → Khôi phục).
    </div>
  );
}
