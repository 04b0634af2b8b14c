/**
 * Small helpers over xmldom elements of WordprocessingML, matched by namespace and local name (a
 * file may use any prefix), and the unit conversions of OOXML values.
 */

/** The WordprocessingML main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Relationships namespace (r:id). */
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Markup compatibility (mc:AlternateContent). */
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** DrawingML WordprocessingML drawing (wp:anchor). */
export const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
/** DrawingML main (a:latin of the theme). */
export const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** An element's child elements. */
export function elements(el: Element | null | undefined): Element[] {
  const out: Element[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Whether an element is `ns`:`local`. */
export function is(el: Element, local: string, ns: string = W): boolean {
  return el.localName === local && el.namespaceURI === ns;
}

/** The first child element `ns`:`local`, or null. */
export function child(el: Element | null | undefined, local: string, ns: string = W): Element | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && is(n as Element, local, ns)) return n as Element;
  return null;
}

/** Every child element `ns`:`local`. */
export function children(el: Element | null | undefined, local: string, ns: string = W): Element[] {
  return elements(el).filter((e) => is(e, local, ns));
}

/** Every descendant element `ns`:`local`, in document order. */
export function descendants(el: Element | null | undefined, local: string, ns: string = W): Element[] {
  if (!el) return [];
  const list = el.getElementsByTagNameNS(ns, local);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i += 1) out.push(list.item(i) as Element);
  return out;
}

/** The attribute `ns`:`local` (w:val by default), or null when absent. */
export function attr(el: Element | null | undefined, local = 'val', ns: string = W): string | null {
  if (!el) return null;
  if (el.hasAttributeNS(ns, local)) return el.getAttributeNS(ns, local);
  return el.hasAttribute(local) ? el.getAttribute(local) : null;
}

/** A numeric attribute, or null. */
export function numAttr(el: Element | null | undefined, local = 'val', ns: string = W): number | null {
  const v = attr(el, local, ns);
  if (v === null || v === '') return null;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/** An on/off property (w:b, w:i …): present without w:val or with a true value is on. Null when absent. */
export function onOff(el: Element | null | undefined): boolean | null {
  if (!el) return null;
  const v = attr(el);
  return v === null || !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
}

/** Twips (1/20 pt) to millimetres, rounded to 0.01 mm. */
export function twipsToMm(twips: number): number {
  return Math.round((twips * 25.4 * 100) / 1440) / 100;
}

/** EMU (1/36000 mm) to millimetres, rounded to 0.01 mm. */
export function emuToMm(emu: number): number {
  return Math.round(emu / 360) / 100;
}
