/**
 * The import corpus (tests/fixtures/docx, made by scripts/make-docx-fixtures.ts): every file is
 * imported and each part compared with its <name>.expected.json — header, title, signature and
 * Nơi nhận fields, the first body blocks, the appendices, the report lines expected — with no
 * paragraph left unplaced; the imported draft exports to DOCX, and its check (common/rules/check.ts)
 * finds no error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileOfDraft } from '../../../../common/draft/profile';
import { schema } from '../../../../common/model/schema';
import { checkDocument } from '../../../../common/rules/check';
import { readDocxFile, type WordBlock, type WordDocument } from '../../../../main/docx-in/read';
import { recogniseWord } from '../../../../main/docx-in/recognise';
import { exportDocx } from '../../../../main/export/docx';

const DIR = path.resolve(__dirname, '../../../fixtures/docx');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.docx')).sort();

interface Expected {
  typeId: string;
  header: object; title: object; signature: object; recipients: object;
  bodyStart: [string, string][];
  appendices?: { label: string; title: string }[];
  report?: string[];
}

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string };
const textOf = (n: Json): string => n.text ?? (n.content ?? []).map(textOf).join('');
const seqsOf = (blocks: WordBlock[]): number[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.seq]
  : b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.seq))) : b.paragraphs.map((p) => p.seq))).sort((a, b) => a - b);

describe('import corpus', () => {
  it('has at least 12 files', () => expect(files.length).toBeGreaterThanOrEqual(12));
  for (const file of files) {
    it(`recognises every part of ${file}`, async () => {
      const want = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.docx$/, '.expected.json')), 'utf8')) as Expected;
      const word = readDocxFile(path.join(DIR, file));
      const rec = recogniseWord(word);
      const doc = rec.draft.doc as unknown as Json;
      const part = (name: string) => doc.content!.find((c) => c.type === name)!;
      const closing = part('closing').content!;
      expect(rec.typeId).toBe(want.typeId);
      expect(part('header').attrs).toMatchObject(want.header);
      expect(part('title').attrs).toMatchObject(want.title);
      expect(closing[0].attrs).toMatchObject(want.signature);
      expect(closing[1].attrs).toMatchObject(want.recipients);
      const blocks = part('body').content!.map((b) => [b.type, textOf(b)]);
      want.bodyStart.forEach(([type, start], i) => {
        expect(blocks[i]?.[0]).toBe(type);
        expect(blocks[i]?.[1].startsWith(start), `block ${i + 1} "${blocks[i]?.[1]}" starts with "${start}"`).toBe(true);
      });
      const appendices = doc.content!.filter((c) => c.type === 'appendix').map((a) => ({ label: a.attrs!.label, title: a.attrs!.title }));
      expect(appendices).toEqual(want.appendices ?? []);
      const report = rec.report.map((r) => r.message).join('\n');
      for (const s of want.report ?? []) expect(report).toContain(s);
      expect(rec.report.filter((r) => r.kind === 'unplaced')).toEqual([]);
      expect(rec.report.filter((r) => r.kind === 'attention' && /Không tìm thấy|Không đọc được|Không nhận ra/u.test(r.message))).toEqual([]);
      expect(rec.placements.filter((p) => p.role === 'unplaced')).toEqual([]);
      const errors = checkDocument(schema.nodeFromJSON(rec.draft.doc), { profile: profileOfDraft(rec.draft), typeId: rec.typeId })
        .filter((f) => f.severity === 'error').map((f) => f.message);
      expect(errors).toEqual([]);
      expect((await exportDocx(rec.draft)).length).toBeGreaterThan(1000);
      // Every paragraph of the Word file (cells and text boxes included) was placed somewhere.
      expect(rec.placements.map((p) => p.seq)).toEqual(seqsOf(word.body));
      // Shuffled out of order, the same paragraphs still give a valid draft, nothing lost.
      const reversed: WordDocument = { ...word, body: [...word.body].reverse() };
      const again = recogniseWord(reversed);
      expect(again.placements.map((p) => p.seq).sort((a, b) => a - b)).toEqual(seqsOf(word.body));
    }, 30000);
  }
});
