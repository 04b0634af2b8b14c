/**
 * The busy indicator and the error banner: `run(label, fn)` shows "Đang …" with a bar (and a
 * percentage when the task reports progress) while `fn` runs, blocking clicks so nothing is sent
 * twice (a number taken twice), and turns a failure into a message.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A running task. */
interface Task {
  id: number;
  label: string;
  progress: number | null;
}

/** What useBusy() gives. */
export interface Busy {
  /** Runs `fn` under a busy label; returns its value, or undefined after showing its error. */
  run<T>(label: string, fn: (progress: (p: number) => void) => Promise<T>): Promise<T | undefined>;
  /** Shows an error message. */
  fail(message: string): void;
}

const Ctx = createContext<Busy | null>(null);
let nextId = 1;

/** Access to the busy indicator. */
export function useBusy(): Busy {
  const b = useContext(Ctx);
  if (!b) throw new Error('useBusy outside BusyProvider');
  return b;
}

/** Provides the busy indicator and renders it with the error banner. */
export function BusyProvider({ children }: { children: ReactNode }) {
  const [tasks, setTasks] = useState<Task[]>([]);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((m: string) => setError(m), []);
  const run = useCallback(async <T,>(label: string, fn: (p: (n: number) => void) => Promise<T>) => {
    const id = nextId++;
    setTasks((t) => [...t, { id, label, progress: null }]);
    setError(null);
    const progress = (p: number) => setTasks((t) => t.map((x) => (x.id === id ? { ...x, progress: p } : x)));
    try {
      return await fn(progress);
    } catch (e) {
      setError((e as Error).message || 'Đã xảy ra lỗi không rõ nguyên nhân.');
      return undefined;
    } finally {
      setTasks((t) => t.filter((x) => x.id !== id));
    }
  }, []);
  const value = useMemo(() => ({ run, fail }), [run, fail]);
  const top = tasks[tasks.length - 1];
  return (
    <Ctx.Provider value={value}>
      {top && (
        <div className="busy" role="status" aria-live="polite" data-testid="busy">
          <div className="busy-box">
            <span className="busy-label">
              Đang {top.label.charAt(0).toLowerCase() + top.label.slice(1)}…
              {top.progress !== null && ` ${Math.round(top.progress * 100)}%`}
            </span>
            <div className={top.progress === null ? 'busy-bar indeterminate' : 'busy-bar'}>
              <span style={top.progress === null ? undefined : { width: `${Math.round(top.progress * 100)}%` }} />
            </div>
          </div>
        </div>
      )}
      {error && (
        <div className="error-banner" role="alert" data-testid="error">
          <strong>Không thực hiện được.</strong> <span>{error}</span>
          <button type="button" className="link" onClick={() => setError(null)}>Đóng</button>
        </div>
      )}
      {children}
    </Ctx.Provider>
  );
}
