/**
 * Printing the registers: the outgoing, incoming or follow-up book for a date range (a month by
 * default), previewed as pages — LibreOffice's rendering of the DOCX where installed, else HTML
 * pages — and exported to DOCX, PDF or XLSX.
 */
import { useEffect, useState } from 'react';
import { displayDate, fromIsoDate, toIsoDate, typedDateIso } from '../../../common/rules/date-line';
import { useBusy } from '../../app/busy';
import { blobUrl, onLocalHost } from './util';

type Kind = 'in' | 'out' | 'follow-up';
type Preview = { title: string; period: string; columns: string[]; widths: number[]; rows: string[][]; pages: string[]; warning: string | null };
const KINDS: [Kind, string][] = [['in', 'Sổ văn bản đến'], ['out', 'Sổ văn bản đi'], ['follow-up', 'Sổ theo dõi giải quyết văn bản đến']];
const PER_PAGE = 14;

/** The first and last day (ISO) of the month of `today`. */
function monthRange(today: string): [string, string] {
  const { year, month } = fromIsoDate(today);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [toIsoDate({ year, month, day: 1 }), toIsoDate({ year, month, day: last })];
}

/** The printing tab. */
export function PrintDesk() {
  const busy = useBusy();
  const [kind, setKind] = useState<Kind>('in');
  const [range, setRange] = useState({ from: '', to: '' });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [images, setImages] = useState<string[]>([]);
  useEffect(() => void window.vanthu.registry.deskToday().then(({ today }) => {
    const [from, to] = monthRange(today);
    setRange({ from: displayDate(from), to: displayDate(to) });
  }), []);
  const dates = () => ({ from: typedDateIso(range.from) || '', to: typedDateIso(range.to) || '' });
  const show = async (render: boolean) => {
    const { from, to } = dates();
    const p = await busy.run('Xem trước sổ', () => window.vanthu.registry.deskPrintPreview({ kind, from, to, render }));
    if (!p) return;
    setPreview(p);
    setImages(onLocalHost() ? await Promise.all(p.pages.map(blobUrl)) : []);
  };
  const exp = async (format: 'docx' | 'xlsx' | 'pdf') => {
    const { from, to } = dates();
    const f = await busy.run(`Xuất ${format.toUpperCase()}`, () => window.vanthu.registry.deskPrint({ kind, from, to, format }));
    if (f) await busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: f.file, name: f.name }));
  };
  const pages: string[][][] = [];
  for (let i = 0; preview && i < Math.max(1, preview.rows.length); i += PER_PAGE) pages.push(preview.rows.slice(i, i + PER_PAGE));
  return (
    <>
      <div className="toolbar">
        <label>Sổ <select aria-label="Sổ cần in" className="book-select" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>{KINDS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></label>
        <label>Từ ngày <input aria-label="Từ ngày" className="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} /></label>
        <label>Đến ngày <input aria-label="Đến ngày" className="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} /></label>
        <button type="button" className="primary" onClick={() => show(false)}>Xem trước</button>
        <button type="button" className="secondary" onClick={() => show(true)}>Xem trang in (LibreOffice)</button>
        <span className="spacer" />
        <span className="muted">Xuất</span>
        {(['docx', 'pdf', 'xlsx'] as const).map((fmt) => (
          <button key={fmt} type="button" className="secondary" aria-label={`Xuất ${fmt.toUpperCase()}`} onClick={() => exp(fmt)}>{fmt.toUpperCase()}</button>
        ))}
      </div>
      {preview?.warning && <p className="notice">{preview.warning}</p>}
      {images.length > 0 ? (
        <div className="pages">{images.map((src, i) => <img key={src} src={src} alt={`Trang ${i + 1}`} className="page-img" />)}</div>
      ) : preview && (
        <div className="pages" aria-label="Xem trước trang in">
          {pages.map((rows, i) => (
            <div key={i} className="paper">
              {i === 0 && <><h3>{preview.title}</h3><p className="period">{preview.period}</p></>}
              <table className="ptable">
                <colgroup>{preview.widths.map((w, j) => <col key={j} style={{ width: `${w}%` }} />)}</colgroup>
                <thead><tr>{preview.columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
                <tbody>{rows.map((r, j) => <tr key={j}>{r.map((c, k) => <td key={k}>{c}</td>)}</tr>)}</tbody>
              </table>
              <p className="pno">Trang {i + 1}/{pages.length} · {preview.rows.length} dòng</p>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
