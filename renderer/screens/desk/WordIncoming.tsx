/**
 * An incoming Word file on the desk: when a .docx is attached to the incoming form, the same format
 * check as "Kiểm tra thể thức tệp Word" runs on it, and the number, date, sender and summary read
 * from the document fill the form's empty fields. The fields stay editable; a note says where their
 * values came from so the clerk checks them before "Vào sổ".
 */
import { useEffect, useState } from 'react';
import type { WordCheckResult, WordIncomingFields } from '../../../common/api/domains/word';
import { displayDate } from '../../../common/rules/date-line';
import { WordFindings } from '../compose/WordFindings';
import '../compose/word.css';

/** The incoming form's fields WordIncoming can fill. */
export interface FillableFields {
  sender: string;
  senderNumber: string;
  docDate: string;
  summary: string;
  typeName: string;
}

/**
 * The form's values with the empty ones taken from the document (`types`: the type names the
 * form offers; the default "Công văn" gives way to a recognised type among them).
 */
export function fillFromWord<T extends FillableFields>(v: T, f: WordIncomingFields, types: readonly string[], defaultType = 'Công văn'): T {
  const out = { ...v };
  if (!out.sender.trim() && f.sender) out.sender = f.sender;
  if (!out.senderNumber.trim() && f.senderNumber) out.senderNumber = f.senderNumber;
  if (!out.docDate.trim() && f.docDate) out.docDate = displayDate(f.docDate);
  if (!out.summary.trim() && f.summary) out.summary = f.summary;
  if (out.typeName === defaultType && f.typeName && types.includes(f.typeName)) out.typeName = f.typeName;
  return out;
}

/** Props of WordIncoming. */
export interface WordIncomingProps {
  files: { file: string; name: string }[];
  onFill(fields: WordIncomingFields): void;
}

/** The note and the findings of the attached Word files. */
export function WordIncoming({ files, onFill }: WordIncomingProps) {
  const [results, setResults] = useState<Record<string, WordCheckResult | string>>({});
  useEffect(() => {
    for (const f of files) {
      if (!/\.docx$/i.test(f.name) || f.file in results) continue;
      setResults((o) => ({ ...o, [f.file]: 'Đang đọc…' }));
      void window.vanthu.registry.deskCheckWord({ file: f.file, name: f.name }).then((r) => {
        setResults((o) => ({ ...o, [f.file]: r }));
        onFill(r.fields);
      }, (e: Error) => setResults((o) => ({ ...o, [f.file]: e.message })));
    }
  }, [files, results, onFill]);
  const shown = files.filter((f) => f.file in results);
  if (shown.length === 0) return null;
  return (
    <div className="word-incoming" data-testid="word-incoming">
      {shown.map((f) => {
        const r = results[f.file];
        if (typeof r === 'string') return <p key={f.file} className="notice" role="status">Tệp Word "{f.name}": {r}</p>;
        return (
          <div key={f.file} className="notice" role="note">
            <p>Số và ký hiệu, ngày văn bản, cơ quan gửi và trích yếu được đọc từ tệp "{f.name}" (các ô đang trống); hãy soát lại trước khi vào sổ.</p>
            <details>
              <summary>Kiểm tra thể thức: {r.findings.length === 0 ? 'không thấy lỗi' : `${r.errors} lỗi${r.warnings ? `, ${r.warnings} lưu ý` : ''}`}</summary>
              <WordFindings result={r} />
            </details>
          </div>
        );
      })}
    </div>
  );
}
