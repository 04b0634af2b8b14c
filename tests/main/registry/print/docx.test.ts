import { describe, expect, it } from 'vitest';
import {
  cancelledOutgoingRow, columnsFor, layOutRegister, type PrintRow, type RegisterKind,
} from '../../../../main/registry/print/index';
import { TABLE_WIDTH } from '../../../../main/registry/print/docx';
import { all, docxParts, parseXml, registerTable, tableRows, textOf } from './docx-xml';
import { followUpRows, incomingRows, outgoingRows } from './samples';

const OPTS = { from: '2026-10-01', to: '2026-10-31', orgName: 'Đảng ủy Khối các cơ quan tỉnh', bookName: 'Sổ văn bản đi năm 2026' };
const SAMPLES: Record<RegisterKind, (n: number) => PrintRow[]> = { out: outgoingRows, in: incomingRows, 'follow-up': followUpRows };

async function open(kind: RegisterKind, rows: PrintRow[]) {
  const parts = docxParts(await layOutRegister(kind, rows, OPTS, 'docx'));
  const doc = parseXml(parts['word/document.xml']);
  return { parts, doc, rows: tableRows(registerTable(doc)) };
}

describe('printed register DOCX', () => {
  it('is landscape A4 with the table filling the text width', async () => {
    const { doc } = await open('out', outgoingRows(3));
    const pgSz = all(doc, 'w:pgSz')[0];
    expect(pgSz.getAttribute('w:w')).toBe('16838');
    expect(pgSz.getAttribute('w:h')).toBe('11906');
    expect(pgSz.getAttribute('w:orient')).toBe('landscape');
    const mar = all(doc, 'w:pgMar')[0];
    const text = 16838 - Number(mar.getAttribute('w:left')) - Number(mar.getAttribute('w:right'));
    expect(text).toBe(TABLE_WIDTH);
  });

  for (const kind of ['out', 'in', 'follow-up'] as const) {
    it(`${kind}: every column header in order, repeated header rows, one row per entry`, async () => {
      const input = SAMPLES[kind](12);
      const { rows } = await open(kind, input);
      const headers = columnsFor(kind).map((c) => c.header);
      expect(rows[0].cells).toEqual(headers);
      expect(rows[1].cells).toEqual(headers.map((_, i) => `(${i + 1})`));
      expect(rows.slice(0, 2).every((r) => r.header && r.cantSplit)).toBe(true);
      const data = rows.slice(2);
      expect(data).toHaveLength(input.length);
      expect(data.every((r) => !r.header && r.cantSplit && r.cells.length === headers.length)).toBe(true);
    });

    it(`${kind}: widths in DXA on the grid and on every cell`, async () => {
      const { doc, rows } = await open(kind, SAMPLES[kind](5));
      const tbl = registerTable(doc);
      const tblW = all(tbl, 'w:tblW')[0];
      expect([tblW.getAttribute('w:type'), tblW.getAttribute('w:w')]).toEqual(['dxa', String(TABLE_WIDTH)]);
      expect(all(tbl, 'w:tblLayout')[0].getAttribute('w:type')).toBe('fixed');
      const grid = all(tbl, 'w:gridCol').map((g) => Number(g.getAttribute('w:w')));
      expect(grid).toHaveLength(columnsFor(kind).length);
      expect(grid.reduce((s, w) => s + w, 0)).toBe(TABLE_WIDTH);
      for (const r of rows) expect(r.widths).toEqual(grid.map((w) => ['dxa', String(w)]));
    });
  }

  it('prints dates as dd/mm/yyyy, keeps line breaks, and shows a cancelled number', async () => {
    const row = outgoingRows(1)[0] as PrintRow;
    const cancelled = cancelledOutgoingRow('07-NQ/ĐUK', '2026-10-09', 'ký nhầm loại văn bản');
    const { rows } = await open('out', [row, cancelled]);
    expect(rows[2].cells[1]).toBe('01/10/2026');
    expect(rows[2].cells[4].split('\n')).toHaveLength(3);
    expect(rows[3].cells[0]).toBe('07-NQ/ĐUK');
    expect(rows[3].cells[1]).toBe('09/10/2026');
    expect(rows[3].cells.at(-1)).toBe('Đã hủy: ký nhầm loại văn bản');
    expect(rows[3].cells.slice(2, -1).every((c) => c === '')).toBe(true);
  });

  it('has the title block, page numbers, Times New Roman in black, 11 pt cells', async () => {
    const { parts, doc } = await open('out', outgoingRows(2));
    const body = all(doc, 'w:body')[0];
    const top = all(body, 'w:p').slice(0, 4).map(textOf);
    expect(top).toEqual(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 'Sổ văn bản đi năm 2026',
      'Từ ngày 01/10/2026 đến ngày 31/10/2026']);
    const styles = parseXml(parts['word/styles.xml']);
    const defaults = all(styles, 'w:rPrDefault')[0];
    const fonts = all(defaults, 'w:rFonts')[0];
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(fonts.getAttribute(slot)).toBe('Times New Roman');
    expect(all(defaults, 'w:color')[0].getAttribute('w:val')).toBe('000000');
    const footer = Object.entries(parts).find(([p]) => /^word\/footer\d+\.xml$/.test(p))![1];
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/NUMPAGES/);
    const tbl = registerTable(doc);
    expect(all(tbl, 'w:sz')).toHaveLength(0);
    expect(all(defaults, 'w:sz')[0].getAttribute('w:val')).toBe('22');
    expect(all(doc, 'w:rFonts').every((f) => f.getAttribute('w:ascii') === 'Times New Roman')).toBe(true);
  });

  it('is deterministic: no timestamps, same bytes for the same input', async () => {
    const rows = incomingRows(20);
    const a = await layOutRegister('in', rows, OPTS, 'docx');
    await new Promise((r) => setTimeout(r, 1100));
    const b = await layOutRegister('in', rows, OPTS, 'docx');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = docxParts(a)['docProps/core.xml'];
    expect(core).not.toMatch(/dcterms:created|dcterms:modified/);
  });

  it('does not repeat a book name equal to the title; a cancellation without reason reads "Đã hủy"', async () => {
    const parts = docxParts(await layOutRegister('out', [cancelledOutgoingRow('05-CV/ĐUK', '2026-10-02', ' ')],
      { ...OPTS, bookName: 'Sổ đăng ký văn bản đi' }, 'docx'));
    const doc = parseXml(parts['word/document.xml']);
    const top = all(all(doc, 'w:body')[0], 'w:p').slice(0, 3).map(textOf);
    expect(top).toEqual(['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 'Từ ngày 01/10/2026 đến ngày 31/10/2026']);
    expect(tableRows(registerTable(doc))[2].cells.at(-1)).toBe('Đã hủy');
  });

  it('prints an empty register with its header rows', async () => {
    const { rows } = await open('follow-up', []);
    expect(rows).toHaveLength(2);
  });
});
