/**
 * The Nơi nhận brace (main/export/docx/brace.ts) is written with docx core, not docx/shapes: its XML
 * must stay the one docx/shapes' ShapeRun writes for the same brace, so Word and LibreOffice draw it
 * as before, at every height a group can have.
 */
import { Document, Packer, Paragraph, type Run } from 'docx';
import { ShapeRun } from 'docx/shapes';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { braceRun } from '../../../main/export/docx/brace';

/** The `w:drawing` a run writes into word/document.xml, its drawing id set to 1. */
async function drawingXml(run: Run): Promise<string> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [run] })] }] });
  const xml = strFromU8(unzipSync(await Packer.toBuffer(doc))['word/document.xml']);
  const drawing = /<w:drawing>.*<\/w:drawing>/s.exec(xml)?.[0] ?? '';
  return drawing.replace(/<wp:docPr id="\d+"/, '<wp:docPr id="1"');
}

describe('the brace of a bracketed recipients group', () => {
  it.each([[8, 18], [8, 37], [8, 92], [8, 400]])('is ShapeRun’s rightBrace XML at %i × %i px', async (width, height) => {
    const ours = await drawingXml(braceRun(width, height));
    const shapes = await drawingXml(new ShapeRun({ type: 'rightBrace', transformation: { width, height }, line: { color: '000000', width: 0.75 } }));
    expect(ours).toContain('<a:prstGeom prst="rightBrace">');
    expect(ours).toContain(`<a:ext cx="${width * 9525}" cy="${height * 9525}"/>`);
    expect(ours).toBe(shapes);
  });
});
