/** The main window's size and position, remembered between runs (window-state.json in userData). */
import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';

/** Saved state. */
export interface WindowState {
  bounds: Partial<Rectangle>;
  maximized: boolean;
}

/** Reads the saved state; defaults when none or unreadable. */
export function loadWindowState(dir: string): WindowState {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8')) as WindowState;
    const b = s.bounds ?? {};
    const ok = [b.width, b.height].every((n) => typeof n === 'number' && n >= 400 && n <= 20000);
    return { bounds: ok ? b : {}, maximized: !!s.maximized };
  } catch {
    return { bounds: {}, maximized: false };
  }
}

/** Keeps saved bounds only when they still intersect one of the displays' work areas. */
export function visibleBounds(bounds: Partial<Rectangle>, workAreas: Rectangle[]): Partial<Rectangle> {
  const { x, y, width = 0 } = bounds;
  if (x === undefined || y === undefined) return { width: bounds.width, height: bounds.height };
  const visible = workAreas.some((a) => x < a.x + a.width - 50 && x + width > a.x + 50 && y >= a.y - 10 && y < a.y + a.height - 50);
  return visible ? bounds : { width: bounds.width, height: bounds.height };
}

/** Writes the state. */
export function saveWindowState(dir: string, state: WindowState): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify(state));
}
