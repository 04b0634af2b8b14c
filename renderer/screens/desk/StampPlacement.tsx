/**
 * The stamp preview of a PDF attachment: page 1 as an image with the received stamp drawn where it
 * will be put — on the first free area of the page (found from the PDF's text), or where the clerk
 * drags it (mouse, or the arrow keys: 1 mm, Shift 5 mm); the place is kept per attachment. The
 * stamp's size is a setting, shown with its source, changeable here. "Tải bản PDF có dấu đến"
 * writes the stamped copy.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { StampPreview as Preview } from '../../../common/api/domains/desk';
import { useBusy } from '../../app/busy';
import { blobUrl, onLocalHost } from './util';

/** Width of the page image on screen (px). */
const PAGE_PX = 460;

/** Props of StampPlacement. */
export interface StampPlacementProps { entryId: number; attachmentId: number; name: string; lines: string[]; onClose(): void }

/** The preview with the draggable stamp. */
export function StampPlacement({ entryId, attachmentId, name, lines, onClose }: StampPlacementProps) {
  const busy = useBusy();
  const [p, setP] = useState<Preview | null>(null);
  const [img, setImg] = useState('');
  const [drag, setDrag] = useState<{ dx: number; dy: number; x: number; y: number } | null>(null);
  const [size, setSize] = useState({ w: '', h: '' });
  const [note, setNote] = useState('');
  const pageRef = useRef<HTMLDivElement>(null);
  const apply = (x: Preview) => (setP(x), setSize({ w: String(x.size.widthMm), h: String(x.size.heightMm) }));
  useEffect(() => {
    void busy.run('Xem trước dấu đến', () => window.vanthu.registry.deskStampPreview({ id: entryId, attachmentId })).then((x) => x && apply(x));
  }, [entryId, attachmentId]);
  useEffect(() => {
    if (!p?.image || !onLocalHost()) return setImg('');
    let live = true, url = '';
    void blobUrl(p.image).then((u) => (live ? setImg((url = u)) : URL.revokeObjectURL(u)), () => setImg(''));
    return () => { live = false; if (url) URL.revokeObjectURL(url); };
  }, [p?.image]);
  if (!p) return <div className="card stamp-preview" aria-label="Xem trước dấu đến">Đang đọc trang 1 của tệp…</div>;
  const scale = PAGE_PX / p.pageWidthMm; // px per mm
  const at = drag ? { xMm: drag.x, yMm: drag.y } : p.place;
  const clamp = (x: number, y: number) => ({
    x: Math.round(Math.min(Math.max(0, x), p.pageWidthMm - p.size.widthMm) * 10) / 10,
    y: Math.round(Math.min(Math.max(0, y), p.pageHeightMm - p.size.heightMm) * 10) / 10,
  });
  const save = async (place: { xMm: number; yMm: number } | null) => {
    const x = await busy.run('Đặt chỗ dấu đến', () => window.vanthu.registry.deskStampPlace({ id: entryId, attachmentId, place }));
    if (x) apply(x);
  };
  const down = (e: PointerEvent<HTMLDivElement>) => {
    const box = pageRef.current!.getBoundingClientRect();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ dx: (e.clientX - box.left) / scale - p.place.xMm, dy: (e.clientY - box.top) / scale - p.place.yMm, x: p.place.xMm, y: p.place.yMm });
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const box = pageRef.current!.getBoundingClientRect();
    const c = clamp((e.clientX - box.left) / scale - drag.dx, (e.clientY - box.top) / scale - drag.dy);
    setDrag({ ...drag, ...c });
  };
  const up = () => {
    if (!drag) return;
    const place = { xMm: drag.x, yMm: drag.y };
    setDrag(null);
    setP({ ...p, place });
    void save(place);
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 5 : 1;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (!d) return;
    e.preventDefault();
    const c = clamp(p.place.xMm + d[0], p.place.yMm + d[1]);
    setP({ ...p, place: { xMm: c.x, yMm: c.y } });
    void save({ xMm: c.x, yMm: c.y });
  };
  const saveSize = async () => {
    const w = Number(size.w.replace(',', '.')), h = Number(size.h.replace(',', '.'));
    const bad = (v: number) => !Number.isFinite(v) || v < 25 || v > 120;
    if (bad(w) || bad(h)) return setNote(`Cỡ dấu: ${bad(w) ? 'chiều rộng' : 'chiều cao'} phải là số mi-li-mét từ 25 đến 120.`);
    setNote('');
    const x = await busy.run('Đổi cỡ dấu đến', () => window.vanthu.registry.deskStampSize({ id: entryId, attachmentId, size: { widthMm: w, heightMm: h } }));
    if (x) apply(x);
  };
  const download = async () => {
    const f = await busy.run('Đóng dấu đến lên bản PDF', () => window.vanthu.registry.deskStampPdf({ id: entryId, attachmentId }));
    if (!f) return;
    setNote(f.warning ?? `Đã tạo bản có dấu đến: ${f.name}`);
    await busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: f.file, name: f.name }));
  };
  const n = lines.length;
  return (
    <div className="card stamp-preview" aria-label="Xem trước dấu đến">
      <div className="detail-head">
        <h2>Dấu đến trên trang 1 — {name}</h2>
        <button type="button" className="link" onClick={onClose}>Đóng</button>
      </div>
      <div className="stamp-preview-grid">
        <div ref={pageRef} className="stamp-page" style={{ width: PAGE_PX, height: p.pageHeightMm * scale }} data-testid="stamp-page">
          {img ? <img src={img} alt="Trang 1 của văn bản" width={PAGE_PX} />
            : p.boxes.map((b, i) => <span key={i} className="stamp-textbox" style={{ left: b.x * scale, top: b.y * scale, width: b.w * scale, height: b.h * scale }} />)}
          <div className={`stamp-overlay ${p.warning ? 'covers' : ''}`} role="slider" tabIndex={0} data-testid="stamp-overlay" aria-valuenow={at.xMm}
            aria-label="Dấu đến (kéo để đặt chỗ khác, hoặc dùng phím mũi tên)" aria-valuetext={`cách lề trái ${at.xMm} mm, cách mép trên ${at.yMm} mm`}
            data-x-mm={at.xMm} data-y-mm={at.yMm}
            style={{ left: at.xMm * scale, top: at.yMm * scale, width: p.size.widthMm * scale, height: p.size.heightMm * scale }}
            onPointerDown={down} onPointerMove={move} onPointerUp={up} onKeyDown={key}>
            {lines.map((l, i) => <div key={i} className={i < n - 4 ? 'stamp-body' : i === n - 4 ? 'stamp-head' : 'stamp-line'}>{l}</div>)}
          </div>
        </div>
        <div className="stamp-side">
          <p data-testid="stamp-where">{p.auto ? 'Dấu được đặt tự động vào chỗ trống đầu tiên đủ rộng (ưu tiên dưới số và trích yếu).' : 'Dấu ở chỗ văn thư đã kéo tới.'}{' '}
            Vị trí: cách lề trái {at.xMm} mm, cách mép trên {at.yMm} mm.</p>
          {p.warning && <p className="notice error" role="alert">{p.warning}</p>}
          <p data-testid="stamp-size">Cỡ dấu: {p.size.widthMm} × {p.size.heightMm} mm (rộng × cao). <span className="muted">{p.sizeSource}</span></p>
          <div className="route">
            <label className="field"><span className="field-label">Rộng (mm)</span><input aria-label="Chiều rộng dấu (mm)" className="short" value={size.w} onChange={(e) => setSize({ ...size, w: e.target.value })} /></label>
            <label className="field"><span className="field-label">Cao (mm)</span><input aria-label="Chiều cao dấu (mm)" className="short" value={size.h} onChange={(e) => setSize({ ...size, h: e.target.value })} /></label>
            <button type="button" className="secondary" onClick={saveSize}>Lưu cỡ dấu</button>
          </div>
          <div className="actions left">
            {!p.auto && <button type="button" className="secondary" onClick={() => save(null)}>Đặt lại tự động</button>}
            <button type="button" className="primary" onClick={download}>Tải bản PDF có dấu đến</button>
          </div>
          {note && <p className="notice" role="status">{note}</p>}
        </div>
      </div>
    </div>
  );
}
