/**
 * Word files in the drafting screen: "Mở tệp Word" recognises a .docx into a new draft and opens it
 * (the import report shows above the editor: WordImportReport), "Kiểm tra thể thức tệp Word"
 * lists what is wrong with a .docx against the layout profile of its date. Files over the limit
 * are refused here, in Vietnamese, before anything is sent.
 */
import { useRef, useState } from 'react';
import type { WordCheckResult } from '../../../common/api/domains/word';
import { useBusy } from '../../app/busy';
import { keepImportReport, wordPayload } from './word-file';
import { WordFindings } from './WordFindings';
import './word.css';

/** Props of WordIn. */
export interface WordInProps {
  /** Opens the new draft in the editor. */
  onOpen(id: string): void;
}

/** The card with the two Word actions and the findings of the last check. */
export function WordIn({ onOpen }: WordInProps) {
  const busy = useBusy();
  const openInput = useRef<HTMLInputElement>(null);
  const checkInput = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<WordCheckResult | null>(null);
  const picked = (input: HTMLInputElement): File | null => {
    const f = input.files?.[0] ?? null;
    input.value = '';
    return f;
  };
  const open = async (file: File | null) => {
    if (!file) return;
    const r = await busy.run('Mở tệp Word', async () => window.vanthu.drafts.openWord(await wordPayload(file)));
    if (!r) return;
    keepImportReport(r.record.id, file.name, r.report);
    onOpen(r.record.id);
  };
  const check = async (file: File | null) => {
    if (!file) return;
    setResult(null);
    const r = await busy.run('Kiểm tra thể thức tệp Word', async () => window.vanthu.drafts.checkWord(await wordPayload(file)));
    if (r) setResult(r);
  };
  return (
    <div className="card word-in">
      <h2>Tệp Word</h2>
      <p className="word-in-help">Mở một tệp Word (.docx) thành dự thảo đúng thể thức, hoặc kiểm tra thể thức của một tệp Word.</p>
      <div className="word-in-actions">
        <button type="button" className="primary" onClick={() => openInput.current?.click()}>Mở tệp Word…</button>
        <button type="button" className="secondary" onClick={() => checkInput.current?.click()}>Kiểm tra thể thức tệp Word…</button>
        <input ref={openInput} type="file" accept=".docx" hidden aria-label="Chọn tệp Word để mở" data-testid="word-open-input"
          onChange={(e) => void open(picked(e.currentTarget))} />
        <input ref={checkInput} type="file" accept=".docx" hidden aria-label="Chọn tệp Word để kiểm tra" data-testid="word-check-input"
          onChange={(e) => void check(picked(e.currentTarget))} />
      </div>
      {result && <WordFindings result={result} />}
    </div>
  );
}
