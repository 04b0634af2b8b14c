/** Shows the section chosen in the navigation, under its heading. */
import type { SettingsStatus } from '../../common/api';
import { SECTIONS, type SectionId } from '../app/sections';
import { Accounts } from './accounts/Accounts';
import { Compose } from './Compose';
import { QueueScreen } from './flow/QueueScreen';
import { Incoming } from './Incoming';
import { Outgoing } from './Outgoing';
import { Search } from './Search';
import { Settings } from './Settings';

/** Props of Screen. */
export interface ScreenProps {
  id: SectionId;
  status: SettingsStatus;
  onSettingsChanged(): void;
}

/** The current section. */
export function Screen({ id, status, onSettingsChanged }: ScreenProps) {
  const s = SECTIONS.find((x) => x.id === id) ?? SECTIONS[0];
  return (
    <section className="screen" aria-labelledby="screen-title" data-screen={id}>
      <header className="screen-head">
        <h1 id="screen-title">{s.label}</h1>
        <p>{s.hint}</p>
      </header>
      {id === 'compose' && <Compose />}
      {id === 'queue' && <QueueScreen />}
      {id === 'outgoing' && <Outgoing />}
      {id === 'incoming' && <Incoming />}
      {id === 'search' && <Search />}
      {id === 'accounts' && <Accounts />}
      {id === 'settings' && <Settings status={status} onChanged={onSettingsChanged} />}
    </section>
  );
}
