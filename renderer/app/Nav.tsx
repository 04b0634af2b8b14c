/** The left navigation. */
import { NavBadge } from '../screens/desk/NavBadge';
import { SECTIONS, type SectionId } from './sections';
import { isOfficeAdmin, useMe } from './use-me';
import { UserBox } from './UserBox';

/** Props of Nav. */
export interface NavProps {
  current: SectionId;
  onSelect(id: SectionId): void;
  /** Name of the issuing body, shown under the product name. */
  org: string;
  onAbout(): void;
}

/** The left navigation with the sections, the organisation and the about button. */
export function Nav({ current, onSelect, org, onAbout }: NavProps) {
  const me = useMe();
  return (
    <nav className="nav" aria-label="Điều hướng chính">
      <div className="brand">
        <span className="brand-name">vanthu</span>
        <span className="brand-org" title={org}>{org}</span>
      </div>
      <ul>
        {SECTIONS.filter((s) => s.id !== 'accounts' || isOfficeAdmin(me)).map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={s.id === current ? 'nav-item active' : 'nav-item'}
              aria-current={s.id === current ? 'page' : undefined}
              title={`${s.label} (Alt+${s.key})`}
              onClick={() => onSelect(s.id)}
            >
              {s.label}
            </button>
            <NavBadge id={s.id} />
          </li>
        ))}
      </ul>
      <UserBox me={me} />
      <button type="button" className="nav-about" onClick={onAbout}>Giới thiệu vanthu</button>
    </nav>
  );
}
