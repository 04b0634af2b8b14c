/**
 * The brace "}" of a bracketed Nơi nhận group: DrawingML's preset shape rightBrace, inline, with a
 * 0.75 pt black line and no fill, written with docx's public "graphic" Drawing (the way docx/shapes
 * writes its shapes). docx/shapes itself is not used: it was 420 KB of the export's 1.2 MB of code,
 * loaded at every start, for this one drawing. tests/main/export/brace.test.ts checks that the XML
 * is the one docx/shapes' ShapeRun writes for the same brace.
 */
import { BuilderElement, createTransformation, Drawing, Run, type XmlComponent } from 'docx';

/** `a:graphicData`'s uri for a WordprocessingML shape (Word 2010 and later). */
const SHAPE_URI = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
/** The line's width: 0.75 pt, in EMUs. */
const LINE_EMU = 9525;
/** How far the line reaches past the shape's box on each side: half its width, rounded up. */
const LINE_REACH = Math.ceil(LINE_EMU / 2);

type Values = Record<string, string | number>;

/** An element with attributes (each written under its own name) and children. */
function element(name: string, attributes: Values = {}, children: XmlComponent[] = []): BuilderElement<Values> {
  const written: Record<string, { key: string; value: string | number }> = {};
  for (const [key, value] of Object.entries(attributes)) written[key] = { key, value };
  return new BuilderElement<Values>({ name, attributes: written, children });
}

/** A run holding the brace, `widthPx` × `heightPx` (pixels at 96 dpi, as docx sizes drawings). */
export function braceRun(widthPx: number, heightPx: number): Run {
  const transformation = createTransformation({ width: widthPx, height: heightPx });
  const shape = element('wps:wsp', {}, [
    element('wps:cNvSpPr'),
    element('wps:spPr', {}, [
      element('a:xfrm', {}, [
        element('a:off', { x: 0, y: 0 }),
        element('a:ext', { cx: transformation.emus.x, cy: transformation.emus.y }),
      ]),
      element('a:prstGeom', { prst: 'rightBrace' }, [element('a:avLst')]),
      element('a:noFill'),
      element('a:ln', { w: LINE_EMU }, [element('a:solidFill', {}, [element('a:srgbClr', { val: '000000' })])]),
    ]),
    element('wps:bodyPr'),
  ]);
  const run = new Run({});
  run.addChildElement(new Drawing(
    { type: 'graphic', uri: SHAPE_URI, transformation, content: shape },
    { effectExtent: { top: LINE_REACH, right: LINE_REACH, bottom: LINE_REACH, left: LINE_REACH } },
  ));
  return run;
}
