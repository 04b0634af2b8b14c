/**
 * The page view around the editor: A4 pages drawn from the layout profile, page gaps where the
 * printed pages break, zoom, and the live format check beside the page. Mounted once per draft;
 * React does not re-render on keystrokes (the editor and its node views own the DOM). A new
 * environment (the profile after a date change) restyles the same view: the undo history stays.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Node } from 'prosemirror-model';
import { checkDocument, type Finding } from '../../common/rules/check';
import { CheckPanel } from './CheckPanel';
import { createEditor, type EditorHandle } from './editor';
import type { EditorEnv } from './env';
import { adoptPageCss, PX_PER_MM } from './pagination/page-css';
import { paginationPlugins } from './pagination/pagination-plugins';
import { inTable } from './commands/table-commands';
import { Toolbar } from './Toolbar';
import './editor.css';
import './features.css';

/** Props of DocumentEditor. */
export interface DocumentEditorProps {
  env: EditorEnv;
  /** ProseMirror JSON of the document (read once, at mount). */
  doc: unknown;
  /** Read-only (submitted or issued). */
  issued: boolean;
  /** What the bar says while read-only (default: issued). */
  lockedNote?: string;
  /** Called after each change (the screen debounces saving). */
  onChange?(doc: Node): void;
  /** Receives the handle once mounted. */
  onReady?(h: EditorHandle): void;
  /** Receives the findings after each check. */
  onFindings?(f: Finding[]): void;
}

const ZOOMS = [0.5, 0.75, 0.9, 1, 1.25, 1.5];

/** The pagination (and display window) of a profile's page. */
function pagesPlugin(env: EditorEnv, ruler: () => HTMLElement | null, onPages: (n: number) => void) {
  const m = env.profile.page.margins;
  return paginationPlugins({ contentMm: env.profile.page.heightMm - m.top - m.bottom, bottomMm: m.bottom, topMm: m.top, ruler, onPages });
}

/** The format check of a document in an environment (the organisation's T/U, Q. setting included). */
function check(d: Node, env: EditorEnv): Finding[] {
  const ctx = { profile: env.profile, typeId: env.typeId, issuerKind: env.org.kind, place: env.org.place, extraAuthorities: !!env.org.extraAuthorities };
  return checkDocument(d, ctx);
}

/** The editor with its page view and check panel. */
export function DocumentEditor({ env, doc, issued, lockedNote, onChange, onReady, onFindings }: DocumentEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const rulerRef = useRef<HTMLDivElement>(null);
  const handle = useRef<EditorHandle | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  const [pages, setPages] = useState(1);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [table, setTable] = useState(false);
  const scope = useMemo(() => adoptPageCss(env.profile), [env.profile]);
  const cb = useRef({ onChange, onFindings, env });
  cb.current = { onChange, onFindings, env };
  const runCheck = (d: Node) => {
    const f = check(d, cb.current.env);
    setFindings(f);
    cb.current.onFindings?.(f);
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const h = createEditor(mountRef.current!, {
      env, doc, issued,
      plugins: pagesPlugin(env, () => rulerRef.current, setPages),
      onChange: (d) => {
        cb.current.onChange?.(d);
        clearTimeout(timer);
        timer = setTimeout(() => runCheck(d), 300);
      },
      onTransaction: (_tr, v) => setTable(inTable(v.state)),
    });
    handle.current = h;
    const room = scrollRef.current?.clientWidth ?? 0;
    const page = env.profile.page.widthMm * PX_PER_MM;
    if (room > 0 && room < page + 24) setZoom(Math.max(0.5, Math.floor(((room - 24) / page) * 100) / 100));
    runCheck(h.doc());
    onReady?.(h);
    return () => { clearTimeout(timer); h.destroy(); };
    // The editor is created once per draft; the screen remounts it with a key for another draft.
  }, []);

  useEffect(() => { handle.current?.setIssued(issued); }, [issued]);
  const mountedEnv = useRef(env);
  useEffect(() => {
    const h = handle.current;
    if (!h || mountedEnv.current === env) return;
    mountedEnv.current = env;
    h.setEnv(env, pagesPlugin(env, () => rulerRef.current, setPages));
    runCheck(h.doc());
    // runCheck reads the current env through cb.
  }, [env]);

  return (
    <div className="vt-editor">
      <div className="vt-toolbar" role="toolbar" aria-label="Định dạng và trang">
        {!issued && <Toolbar view={() => handle.current?.view} inTable={table} />}
        <label>Thu phóng{' '}
          <select aria-label="Thu phóng" value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
            {[...new Set([...ZOOMS, zoom])].sort((a, b) => a - b).map((z) => <option key={z} value={z}>{Math.round(z * 100)}%</option>)}
          </select>
        </label>
        <span className="vt-pages" data-pages={pages}>{pages} trang · {env.profile.name}</span>
        {issued && <span className="vt-issued" role="status">{lockedNote ?? 'Đã ban hành — chỉ xem'}</span>}
      </div>
      <div className="vt-workspace">
        <div className="vt-scroll" ref={scrollRef}>
          <div className="vt-page" data-profile={scope} style={{ zoom }} data-zoom={zoom}>
            <div className="vt-ruler" ref={rulerRef} />
            <div ref={mountRef} />
          </div>
        </div>
        <CheckPanel findings={findings} onJump={(f) => handle.current?.jump(f)} />
      </div>
    </div>
  );
}
