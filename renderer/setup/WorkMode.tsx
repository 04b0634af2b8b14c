/** First start: the choice between working alone on this machine (default) and the office server. */
import './office.css';

/** The way of working chosen at first start. */
export type WorkModeChoice = 'single' | 'server';

const OPTIONS: { id: WorkModeChoice; title: string; desc: string }[] = [
  { id: 'single', title: 'Làm việc một mình', desc: 'Sổ văn bản và dự thảo lưu ngay trên máy này. Phù hợp khi chỉ một người dùng vanthu.' },
  { id: 'server', title: 'Kết nối máy chủ văn phòng', desc: 'Nhiều người dùng chung sổ trên máy chủ của văn phòng (cài bằng lệnh vanthu server).' },
];

/** Props of WorkMode. */
export interface WorkModeProps {
  value: WorkModeChoice;
  onChange(value: WorkModeChoice): void;
}

/** Two radio cards: "Làm việc một mình" / "Kết nối máy chủ văn phòng". */
export function WorkMode({ value, onChange }: WorkModeProps) {
  return (
    <fieldset className="work-mode">
      <legend>Cách làm việc trên máy này</legend>
      <div className="work-mode-options">
        {OPTIONS.map((o) => (
          <label key={o.id} className={value === o.id ? 'mode-option chosen' : 'mode-option'}>
            <input type="radio" name="work-mode" value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
            <span><span className="mode-title">{o.title}</span><span className="mode-desc">{o.desc}</span></span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
