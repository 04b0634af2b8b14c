/**
 * The live format check: every finding with its message, clickable to the place it concerns, and a
 * line saying how many template blanks and sample sentences are left and how to replace them.
 */
import { memo } from 'react';
import type { Finding } from '../../common/rules/check';
import { PART_LABELS } from '../../common/rules/part-names';

/** Vietnamese names of the parts a finding points at (common/rules/part-names.ts). */
const PART_NAMES: Record<Finding['part'], string> = PART_LABELS;

/** Props of CheckPanel. */
export interface CheckPanelProps {
  findings: Finding[];
  onJump(f: Finding): void;
}

/** The check panel (re-rendered only when the findings change). */
export const CheckPanel = memo(function CheckPanel({ findings, onJump }: CheckPanelProps) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const template = findings.filter((f) => f.code.startsWith('placeholder-')).length;
  return (
    <aside className="vt-check" aria-label="Kiểm tra thể thức">
      <h2>Kiểm tra thể thức</h2>
      <p className="vt-check-sum" data-errors={errors} data-warnings={findings.length - errors}>
        {findings.length === 0 ? 'Không phát hiện lỗi thể thức.' : `${errors} lỗi, ${findings.length - errors} lưu ý`}
      </p>
      {template > 0 && (
        <p className="vt-check-template" data-left={template}>
          {`Còn ${template} chỗ của mẫu chưa điền hoặc chưa thay (nền vàng: chỗ trống; chữ xám: câu văn mẫu). Bấm vào một chỗ để chọn cả chỗ đó rồi gõ đè.`}
        </p>
      )}
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.code}-${f.pos}-${i}`} className={`vt-finding ${f.severity}`}>
            <button type="button" data-code={f.code} onClick={() => onJump(f)}>
              <span className="vt-finding-part">{f.severity === 'error' ? 'Lỗi' : 'Lưu ý'} · {PART_NAMES[f.part]}</span>
              <span className="vt-finding-msg">{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
});
