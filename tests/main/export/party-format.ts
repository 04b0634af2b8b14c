/**
 * The ten checks of spec §8 on an exported DOCX, as reusable assertions: page, fonts, tiêu đề and
 * rule, issuer block, number, date line, title block, body, signature, Nơi nhận.
 */
import { expect } from 'vitest';
import { attr, type Docx, kid, kids, type Para } from '../../helpers/ooxml';

const TWIPS_MM = 1440 / 25.4;
const near = (value: number, mm: number) => Math.abs(value - mm * TWIPS_MM) <= 0.5 * TWIPS_MM;
const NUMBER = /^Số (0[1-9]|[1-9]\d{1,})-[A-ZĐa-zđ]+\/[A-ZĐa-zđ]+$/u;
const DATE = (place: string) => new RegExp(`^${place}, ngày (0[1-9]|[12]\\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \\d{4}$`, 'u');
const nonEmpty = (ps: Para[]) => ps.filter((p) => p.text.trim() !== '');

/** What the checks need to know of the document that was exported. */
export interface Expectation {
  number: string;
  place: string;
  letter: boolean;
  superior: boolean;
  profile: 'hd36-2018' | 'hd05-2026';
}

/** 1. Page: A4 portrait, margins 20/20/30/15 mm, no number on page 1, a centred number from page 2. */
export function checkPage(d: Docx): void {
  const sect = d.document.getElementsByTagName('w:sectPr')[0];
  const size = kid(sect, 'w:pgSz');
  expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
  expect(attr(size, 'w:orient') ?? 'portrait').toBe('portrait');
  const m = kid(sect, 'w:pgMar');
  expect(near(Number(attr(m, 'w:top')), 20) && near(Number(attr(m, 'w:bottom')), 20)).toBe(true);
  expect(near(Number(attr(m, 'w:left')), 30) && near(Number(attr(m, 'w:right')), 15)).toBe(true);
  expect(kid(sect, 'w:titlePg')).not.toBeNull();
  const refs = kids(sect, 'w:headerReference');
  const target = (type: string) => {
    const id = attr(refs.find((r) => attr(r, 'w:type') === type) ?? null, 'r:id');
    const rel = d.text('word/_rels/document.xml.rels').match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
    return d.text(`word/${rel}`);
  };
  expect(target('first')).not.toMatch(/PAGE/);
  expect(target('first').replace(/<[^>]+>/g, '').trim()).toBe('');
  expect(target('default')).toMatch(/PAGE/);
  const pageNumberPara = d.para(d.xml(`word/${d.text('word/_rels/document.xml.rels').match(/Target="(header\d+\.xml)"/g)!
    .map((t) => t.slice(8, -1)).find((f) => /PAGE/.test(d.text(`word/${f}`)))}`).getElementsByTagName('w:p')[0]);
  expect(pageNumberPara.align).toBe('center');
}

/** 2. Fonts: every run is Times New Roman (ascii and hAnsi), black; text is NFC without TCVN3 bytes. */
export function checkFonts(d: Docx): void {
  const all = d.paras(d.document.getElementsByTagName('w:body')[0], true);
  for (const p of all) {
    for (const r of [...p.runs, p.base]) {
      expect(r.font, p.text).toBe('Times New Roman');
      expect(r.fontHAnsi, p.text).toBe('Times New Roman');
      expect(['000000', 'auto', null]).toContain(r.color);
    }
    expect(p.text).toBe(p.text.normalize('NFC'));
    expect(p.text).not.toMatch(/[\u00a1-\u00bf]/u);
  }
}

/** 3–6. The header table: tiêu đề, rule, issuer block, number, date line. */
export function checkHeader(d: Docx, e: Expectation): void {
  const tbl = d.blocks().find((b) => b.nodeName === 'w:tbl')!;
  const [leftCell, rightCell] = d.cells(tbl);
  const right = d.paras(rightCell);
  expect(right[0].text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(right[0].runs[0]).toMatchObject({ bold: true, sizePt: 15 });
  expect(right[0].align).toBe('center');
  expect(right[1].borderBottom).toBe('single');
  expect(right[1].text).toBe('');
  expect(right[1].indentLeft).toBeGreaterThan(0);
  expect(right[1].indentLeft).toBe(right[1].indentRight);
  expect(d.text('word/document.xml')).not.toMatch(/CỘNG HÒA XÃ HỘI|Độc lập - Tự do/u);
  const date = right[2];
  expect(date.text).toMatch(DATE(e.place));
  expect(date.runs[0]).toMatchObject({ italic: true, sizePt: 14 });
  expect(date.align).toBe('center');

  const left = nonEmpty(d.paras(leftCell));
  let i = 0;
  if (e.superior) {
    expect(left[i].runs[0]).toMatchObject({ bold: false, sizePt: 14 });
    i++;
  }
  expect(left[i].text).toBe(left[i].text.toLocaleUpperCase('vi'));
  expect(left[i].runs[0]).toMatchObject({ bold: true, sizePt: 14 });
  expect(left[i + 1].text).toBe('*');
  expect(left[i + 1].align).toBe('center');
  const number = left[i + 2];
  expect(number.text).toMatch(NUMBER);
  expect(number.text).toBe(`Số ${e.number}`);
  expect(number.runs[0]).toMatchObject({ bold: false, sizePt: 14 });
  if (e.letter) {
    expect(left[i + 3].runs[0]).toMatchObject({ italic: true, sizePt: 12 });
  }
}

/** Paragraphs of the page between the header table and the closing table. */
function middle(d: Docx): Para[] {
  const blocks = d.blocks();
  const tables = blocks.map((b, i) => (b.nodeName === 'w:tbl' ? i : -1)).filter((i) => i >= 0);
  const closingAt = tables.find((i) => d.cells(blocks[i]).some((c) => d.paras(c)[0]?.text === 'Nơi nhận:'))!;
  return blocks.slice(tables[0] + 1, closingAt).filter((b) => b.nodeName === 'w:p').map((p) => d.para(p));
}

/** 7–8. Title block and body. */
export function checkTitleAndBody(d: Docx, e: Expectation): void {
  const ps = middle(d);
  let k = 0;
  if (!e.letter) {
    const typeName = ps[0];
    expect(typeName.text).toBe(typeName.text.toLocaleUpperCase('vi'));
    expect(typeName.runs[0].bold).toBe(true);
    expect(typeName.runs[0].sizePt).toBeGreaterThanOrEqual(15);
    expect(typeName.runs[0].sizePt).toBeLessThanOrEqual(16);
    expect(typeName.align).toBe('center');
    const sep = ps.findIndex((p) => p.text === '-----');
    expect(sep).toBeGreaterThan(0);
    expect(ps[sep].align).toBe('center');
    const summary = ps[sep - 1];
    expect(summary.runs[0]).toMatchObject({ bold: true });
    expect(summary.runs[0].sizePt).toBeGreaterThanOrEqual(14);
    expect(summary.text[0]).toBe(summary.text[0].toLocaleLowerCase('vi'));
    expect(summary.align).toBe('center');
    k = sep + 1;
  }
  const body = ps.slice(k).filter((p) => p.style?.startsWith('VtBody') || p.style?.startsWith('VtHeading') || p.style === 'VtDashItem');
  expect(body.length).toBeGreaterThan(0);
  for (const p of body) {
    expect(p.align).toBe('both');
    expect(p.firstLine).toBeGreaterThanOrEqual(Math.round(10 * TWIPS_MM) - 1);
    expect(p.firstLine).toBeLessThanOrEqual(Math.round(12.7 * TWIPS_MM) + 1);
    for (const r of p.runs) expect(r.sizePt).toBeGreaterThanOrEqual(14);
    if (p.style === 'VtHeading1') {
      expect(p.text).toMatch(/^[IVXLC]+- [A-ZÀ-ỸĐ0-9 ,-]+$/u);
      expect(p.runs.every((r) => r.bold)).toBe(true);
    }
    if (p.style === 'VtHeading2') {
      expect(p.text).toMatch(/^\d+\. /u);
      expect(p.runs.every((r) => r.bold)).toBe(true);
    }
    if (p.style === 'VtBody') expect(p.base.bold).toBe(false);
  }
  const closingMark = e.profile === 'hd36-2018' ? './.' : '.';
  expect(body.at(-1)!.text.endsWith(closingMark)).toBe(true);
  if (e.profile === 'hd36-2018') expect(body.at(-1)!.text.endsWith('../.')).toBe(false);
}

/** 9–10. Signature block and Nơi nhận in the closing table. */
export function checkClosing(d: Docx, e: Expectation): void {
  const tbl = d.blocks().filter((b) => b.nodeName === 'w:tbl').at(-1)!;
  const row = kid(tbl, 'w:tr');
  expect(kid(kid(row, 'w:trPr'), 'w:cantSplit')).not.toBeNull();
  const [leftCell, rightCell] = d.cells(tbl);
  const sig = d.paras(rightCell);
  expect(sig[0].text).toMatch(/^(T\/M|K\/T|T\/L) [A-ZÀ-ỸĐ ]+$|^[A-ZÀ-ỸĐ ]+$/u);
  expect(sig[0].text).not.toMatch(/^(TM|KT|TL)\./u);
  // A head signing in own name ("CHÁNH VĂN PHÒNG") has the chức vụ line only.
  const title = /^(T\/M|K\/T|T\/L) /u.test(sig[0].text) ? sig[1] : sig[0];
  if (title !== sig[0]) expect(sig[0].runs[0]).toMatchObject({ bold: true, sizePt: 14 });
  expect(title.text).toBe(title.text.toLocaleUpperCase('vi'));
  expect(title.text).not.toMatch(/TỈNH ỦY|HUYỆN ỦY/u);
  expect(title.runs[0].bold).toBe(e.profile === 'hd36-2018');
  const blanks = sig.filter((p) => p.text === '').length;
  expect(blanks).toBeGreaterThanOrEqual(3);
  expect(sig.at(-1)!.runs[0]).toMatchObject({ bold: true, sizePt: 14 });

  const label = d.paras(leftCell)[0];
  expect(label.text).toBe('Nơi nhận:');
  expect(label.runs[0]).toMatchObject({ sizePt: 14, underline: true, bold: false, italic: false });
  const lines = d.paras(leftCell, true).slice(1).filter((p) => p.text !== '' && p.style === 'VtRecipient');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  lines.forEach((l, i) => {
    expect(l.runs[0].sizePt).toBe(12);
    expect(l.text.startsWith('- ')).toBe(true);
    if (i < lines.length - 1) expect(l.text.endsWith(',')).toBe(true);
  });
  expect(lines.at(-1)!.text).toMatch(/^- Lưu [^:].*\.$/u);
  // Grouped lines carry a brace and the purpose beside them.
  for (const nested of Array.from(leftCell.getElementsByTagName('w:tbl'))) {
    const [, braceCell, purposeCell] = d.cells(nested);
    expect(braceCell.toString()).toMatch(/prst="rightBrace"/);
    expect(d.paras(purposeCell)[0].text).toMatch(/^để /u);
  }
}

/** All ten checks. */
export function checkPartyFormat(d: Docx, e: Expectation): void {
  checkPage(d);
  checkFonts(d);
  checkHeader(d, e);
  checkTitleAndBody(d, e);
  checkClosing(d, e);
}
