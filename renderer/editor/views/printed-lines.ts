/**
 * Printed lines of the layout plan (common/layout) as page-view elements: one element per line,
 * with the line's component class (its style from the profile's page CSS) and `data-role`; a brace
 * group as its lines, the brace and its purpose. Nothing is added here: which lines, their order
 * and their text are the plan's (an empty line shows its hint, greyed, through printed-lines.css).
 */
import type { PrintedLine } from '../../../common/layout';
import { braceLinesWidthPt } from '../../../common/text/metrics';
import { el } from './dom';
import './printed-lines.css';

/** The `data-print` names older selectors use for some lines (tests, the check panel's jumps). */
const PRINT_NAMES: Partial<Record<PrintedLine['role'], string>> = {
  number: 'number', 'place-date': 'date', summary: 'summary', 'letter-summary': 'summary', 'signer-name': 'signer',
  'appendix-label': 'appendix-label', 'appendix-title': 'appendix-title',
};

/** The rule under the party title: a line as long as the plan says, centred. */
function ruleElement(line: PrintedLine): HTMLElement {
  const rule = el('div', { class: 'vt-rule-line', 'data-role': line.role, 'aria-hidden': 'true' });
  rule.style.width = `${line.widthPt ?? 0}pt`;
  return rule;
}

/** A brace group: its lines as wide as the longest (the exporter's estimate), the brace, the purpose. */
function braceGroup(line: PrintedLine): HTMLElement {
  const lines = line.lines ?? [];
  const box = el('div', { class: 'vt-rlines' }, ...lines.map(lineElement));
  box.style.flexBasis = `${braceLinesWidthPt(lines.map((l) => l.text), lines[0]?.style.sizePt ?? line.style.sizePt)}pt`;
  const brace = el('span', { class: 'vt-brace', 'aria-hidden': 'true' }, '}');
  brace.style.transform = `scaleY(${lines.length})`;
  return el('div', { class: 'vt-rgroup' }, box,
    el('div', { class: 'vt-rbrace' }, brace, el('span', { class: `vt-c-${line.component}`, 'data-role': line.role }, line.text)));
}

/** One printed line as an element of the page view. */
export function lineElement(line: PrintedLine): HTMLElement {
  if (line.role === 'rule') return ruleElement(line);
  if (line.lines) return braceGroup(line);
  const cls = `vt-c-${line.component}${line.label !== undefined || line.role === 'salutation' ? ' vt-addressee' : ''}`;
  const p = el('p', { class: cls, 'data-role': line.role, 'data-print': PRINT_NAMES[line.role], 'data-hint': line.text ? undefined : line.hint },
    line.label !== undefined && el('span', { class: 'vt-salute-label', 'data-label': '' }, line.label), line.text);
  return p;
}

/** The elements of a part's printed lines, in order. */
export function lineElements(lines: readonly PrintedLine[]): HTMLElement[] {
  return lines.map(lineElement);
}
