/** The printed lines of an appendix's head: its label ("PHỤ LỤC 2") and its title when it has one. */
import type { AppendixAttrs } from '../model';
import type { LayoutContext } from './context';
import { printedLine, type PrintedLine } from './line';

/** The appendix head's printed lines. */
export function appendixLines(a: AppendixAttrs, ctx: LayoutContext): PrintedLine[] {
  const p = ctx.profile;
  const out = [printedLine(p, 'appendix-label', 'appendixLabel', a.label)];
  if (a.title) out.push(printedLine(p, 'appendix-title', 'appendixTitle', a.title));
  return out;
}
