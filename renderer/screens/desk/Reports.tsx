/**
 * Reports: documents by type and month (both registers), incoming documents by status and by unit,
 * drawn as plain SVG bars (no chart library), exportable to XLSX.
 */
import { useEffect, useState } from 'react';
import type { DeskStats } from '../../../common/api/domains/desk';
import { useBusy } from '../../app/busy';
import { statusLabel } from '../format';
import { Bars } from './Bars';

/** The reports tab. */
export function Reports() {
  const busy = useBusy();
  const [year, setYear] = useState(0);
  const [s, setS] = useState<DeskStats | null>(null);
  useEffect(() => void window.vanthu.registry.deskToday().then(({ today }) => setYear(Number(today.slice(0, 4)))), []);
  useEffect(() => {
    if (year) void window.vanthu.registry.deskStats({ year }).then(setS);
  }, [year]);
  const exp = async () => {
    const f = await busy.run('Xuất báo cáo', () => window.vanthu.registry.deskStatsExport({ year }));
    if (f) await busy.run('Lưu tệp', () => window.vanthu.files.saveAs({ file: f.file, name: f.name }));
  };
  if (!s) return <p className="muted">Đang tính…</p>;
  const months = Array.from({ length: 12 }, (_, i) => ({
    label: `T${i + 1}`,
    values: [
      s.byTypeMonth.filter((r) => r.register === 'in' && r.month === i + 1).reduce((a, r) => a + r.count, 0),
      s.byTypeMonth.filter((r) => r.register === 'out' && r.month === i + 1).reduce((a, r) => a + r.count, 0),
    ],
  }));
  const types = new Map<string, number>();
  for (const r of s.byTypeMonth) types.set(`${r.register === 'in' ? 'Đến' : 'Đi'} · ${r.type}`, (types.get(`${r.register === 'in' ? 'Đến' : 'Đi'} · ${r.type}`) ?? 0) + r.count);
  return (
    <>
      <div className="toolbar">
        <label>Năm <input aria-label="Năm" type="number" value={year} min={1990} max={2100} onChange={(e) => setYear(Number(e.target.value))} /></label>
        <span className="spacer" />
        <button type="button" className="secondary" onClick={exp}>Xuất XLSX</button>
      </div>
      <div className="report-grid">
        <div className="card"><h2>Văn bản theo tháng năm {s.year}</h2>
          <Bars rows={months} series={['Đến', 'Đi']} vertical /></div>
        <div className="card"><h2>Theo loại văn bản</h2>
          <Bars rows={[...types].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([label, n]) => ({ label, values: [n] }))} series={['Số văn bản']} /></div>
        <div className="card"><h2>Văn bản đến theo trạng thái</h2>
          <Bars rows={s.inByStatus.map((r) => ({ label: statusLabel(r.status), values: [r.count] }))} series={['Số văn bản']} /></div>
        <div className="card"><h2>Văn bản đến theo đơn vị</h2>
          <Bars rows={s.inByUnit.slice(0, 10).map((r) => ({ label: r.unit, values: [r.count, r.overdue] }))} series={['Được chuyển', 'Quá hạn']} /></div>
      </div>
    </>
  );
}
