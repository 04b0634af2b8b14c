/** The app frame: first-run setup until the organisation exists, then navigation and sections. */
import { useEffect, useState } from 'react';
import type { SettingsStatus } from '../../common/api';
import { Setup } from '../setup/Setup';
import { Screen } from '../screens/Screen';
import { OPEN_SECTION_EVENT } from '../screens/desk/open-draft';
import { About } from './About';
import { BusyProvider } from './busy';
import { Nav } from './Nav';
import { SECTIONS, type SectionId } from './sections';
import { useLoad } from './use-load';

/** The whole window. */
export function App() {
  return (
    <BusyProvider>
      <Frame />
    </BusyProvider>
  );
}

function Frame() {
  const status = useLoad(() => window.vanthu.settings.status());
  const [section, setSection] = useState<SectionId>('compose');
  const [about, setAbout] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = e.altKey && SECTIONS.find((x) => x.key === e.key);
      if (s) setSection(s.id);
    };
    const onOpen = (e: Event) => setSection((e as CustomEvent<SectionId>).detail);
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_SECTION_EVENT, onOpen);
    return () => (window.removeEventListener('keydown', onKey), window.removeEventListener(OPEN_SECTION_EVENT, onOpen));
  }, []);
  if (status.loading && !status.data) return <div className="splash">Đang mở vanthu…</div>;
  if (status.error) return <div className="splash error-text" role="alert">{status.error}</div>;
  const s = status.data as SettingsStatus;
  if (!s.configured) return <Setup initial={null} onDone={status.reload} />;
  return (
    <div className="frame">
      <Nav current={section} onSelect={setSection} org={s.organisation?.name ?? ''} onAbout={() => setAbout(true)} />
      <main className="content">
        <Screen id={section} status={s} onSettingsChanged={status.reload} />
      </main>
      {about && <About onClose={() => setAbout(false)} />}
    </div>
  );
}
