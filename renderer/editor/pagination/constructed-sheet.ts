/**
 * Constructed stylesheets: the page view's styles are added through `document.adoptedStyleSheets`
 * because the window's content security policy forbids inline `<style>` (constructed sheets are
 * allowed). Where the browser has none (the unit tests' jsdom) nothing is written.
 */

/**
 * A new constructed stylesheet added to the document, first or last in the cascade; null where the
 * browser has no constructed stylesheets.
 */
export function adoptSheet(place: 'first' | 'last' = 'last'): CSSStyleSheet | null {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = place === 'first' ? [sheet, ...document.adoptedStyleSheets] : [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/** One constructed stylesheet, adopted on first use and rewritten only when its text changes. */
export class ConstructedSheet {
  private sheet: CSSStyleSheet | null = null;
  private writtenCss = '';

  /** `place`: where the sheet goes in the cascade when it is adopted. */
  constructor(private readonly place: 'first' | 'last') {}

  /** Adopts the sheet if it is not yet; false where the browser has no constructed stylesheets. */
  ensureAdopted(): boolean {
    this.sheet ??= adoptSheet(this.place);
    return this.sheet !== null;
  }

  /** Replaces the sheet's rules by `css` (nothing happens when it already holds exactly that). */
  write(css: string): void {
    if (css === this.writtenCss || !this.ensureAdopted()) return;
    this.sheet!.replaceSync(css);
    this.writtenCss = css;
  }
}
