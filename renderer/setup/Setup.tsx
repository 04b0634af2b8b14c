/**
 * First-run setup (and later editing) of the organisation profile: issuing body, symbol, kind,
 * place, term, signers and the T/U, Q. authority setting. Saved through settings.saveOrganisation, which validates it again.
 * The form checks itself (noValidate): each missing or wrong field is said in Vietnamese, naming it.
 * At first run it starts with the way of working: alone on this machine (default, the form below)
 * or the office server (ServerConnect: address, fingerprint to compare, confirmation).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ISSUER_KINDS, type IssuerKind, type Organisation } from '../../common/org/organisation';
import type { TermStart } from '../../common/api';
import { EXTRA_AUTHORITIES_CAUTION } from '../../common/rules/signature';
import { useBusy } from '../app/busy';
import { DateField } from './DateField';
import { Field } from './Field';
import { EMPTY, EXAMPLE, fromSaved, toRequest, validateSetup, type SetupErrors, type SetupValues } from './form-state';
import { ServerConnect } from './ServerConnect';
import { Signers } from './Signers';
import { WorkMode, type WorkModeChoice } from './WorkMode';

/** Props of Setup. */
export interface SetupProps {
  /** The saved profile when editing; null at first run. */
  initial: { organisation: Organisation; term: TermStart | null } | null;
  onDone(): void;
  onCancel?(): void;
}

/** The organisation form. */
export function Setup({ initial, onDone, onCancel }: SetupProps) {
  const [v, setV] = useState<SetupValues>(initial ? fromSaved(initial.organisation, initial.term) : EMPTY);
  const busy = useBusy();
  const set = (k: keyof SetupValues) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const [errors, setErrors] = useState<SetupErrors>({});
  const [termText, setTermText] = useState<string | null>(null);
  const [mode, setMode] = useState<WorkModeChoice>('single');
  useEffect(() => {
    if (initial) return;
    window.vanthu.settings.officeStatus().then((s) => s.mode === 'server' && setMode('server'), () => {});
  }, [initial]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateSetup(v, termText ?? '');
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.setup-card [aria-invalid="true"]')?.focus());
      return;
    }
    const ok = await busy.run('Lưu thông tin cơ quan', async () => {
      const saved = await window.vanthu.settings.saveOrganisation(toRequest(v, initial?.organisation ?? null));
      if (!initial) await window.vanthu.settings.officeSingle();
      return saved;
    });
    if (ok) onDone();
  };
  if (!initial && mode === 'server') {
    return (
      <div className="setup">
        <div className="card setup-card" aria-labelledby="setup-title">
          <h1 id="setup-title">Chào mừng đến với vanthu</h1>
          <WorkMode value={mode} onChange={setMode} />
          <ServerConnect onSingle={() => setMode('single')} />
        </div>
      </div>
    );
  }
  return (
    <div className={initial ? 'setup embedded' : 'setup'}>
      <form className="card setup-card" onSubmit={submit} noValidate aria-labelledby="setup-title">
        {initial ? <h2 id="setup-title">Sửa thông tin cơ quan</h2> : <h1 id="setup-title">Chào mừng đến với vanthu</h1>}
        {!initial && <WorkMode value={mode} onChange={setMode} />}
        {!initial && <p className="lead">Trước khi dùng, hãy khai báo cơ quan ban hành văn bản. Các thông tin này in ở phần đầu văn bản (tên cơ quan ban hành ở góc trái, số và ký hiệu) và ở phần ký; có thể sửa lại trong mục Danh mục / Cài đặt.</p>}
        <div className="grid2">
          <Field label="Tên cơ quan ban hành" required value={v.name} onChange={set('name')} error={errors.name} placeholder="TỈNH ỦY NINH BÌNH" hint="In đậm ở góc trái phần đầu văn bản." />
          <Field label="Cơ quan cấp trên (nếu có)" value={v.superior} onChange={set('superior')} placeholder="ĐẢNG BỘ TỈNH NINH BÌNH" />
          <Field label="Ký hiệu cơ quan" required value={v.symbol} onChange={set('symbol')} error={errors.symbol} placeholder="TU" hint="Phần sau dấu gạch chéo của số: 04-NQ/TU." />
          <label className="field">
            <span className="field-label">Loại cơ quan</span>
            <select value={v.kind} onChange={(e) => setV((o) => ({ ...o, kind: e.target.value as IssuerKind }))}>
              {Object.entries(ISSUER_KINDS).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
            </select>
          </label>
          <Field label="Địa danh" required value={v.place} onChange={set('place')} error={errors.place} placeholder="Ninh Bình" hint="Dùng ở dòng ngày tháng: Ninh Bình, ngày … tháng … năm …" />
          <Field label="Tập thể lãnh đạo (ký T/M)" value={v.signingBody} onChange={set('signingBody')} placeholder="BAN THƯỜNG VỤ" />
          <Field label="Nơi lưu văn bản" required value={v.archive} onChange={set('archive')} error={errors.archive} placeholder="Văn phòng Tỉnh ủy" hint="Dòng cuối Nơi nhận: - Lưu Văn phòng Tỉnh ủy." />
          <Field label="Tên tập thể trong dòng tác giả" value={v.authorBody} onChange={set('authorBody')} placeholder="BAN THƯỜNG VỤ TỈNH ỦY" />
          <Field label="Nhiệm kỳ" required value={v.termName} onChange={set('termName')} error={errors.termName} placeholder="Nhiệm kỳ 2025 – 2030" hint="Số văn bản chạy liên tục trong nhiệm kỳ." />
          <DateField label="Ngày bắt đầu nhiệm kỳ" required value={v.termStart} onChange={set('termStart')} onText={setTermText} error={errors.termStart} />
        </div>
        <Signers value={v.signers} onChange={(signers) => setV((o) => ({ ...o, signers }))} errors={{ name: errors.signerName, title: errors.signerTitle }} />
        {Object.keys(errors).length > 0 && (
          <div className="notice error" role="alert" data-testid="setup-errors">
            Chưa lưu được: {Object.values(errors).map((m) => <span key={m} className="error-line">{m}</span>)}
          </div>
        )}
        <label className="field field-check">
          <span><input type="checkbox" name="extraAuthorities" checked={v.extraAuthorities} onChange={(e) => setV((o) => ({ ...o, extraAuthorities: e.target.checked }))} />{' '}
            Cho chọn thêm thẩm quyền ký T/U (thừa ủy quyền) và Q. (quyền)</span>
          <span className="field-hint">{EXTRA_AUTHORITIES_CAUTION}</span>
        </label>
        <div className="actions">
          {!initial && <button type="button" className="secondary" onClick={() => setV(EXAMPLE)}>Điền dữ liệu mẫu</button>}
          {onCancel && <button type="button" className="secondary" onClick={onCancel}>Hủy</button>}
          <button type="submit" className="primary">{initial ? 'Lưu thay đổi' : 'Bắt đầu sử dụng'}</button>
        </div>
      </form>
    </div>
  );
}
