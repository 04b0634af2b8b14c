/**
 * Helpers for e2e suites that submit or number drafts made from templates, which the issue gate
 * refuses while a template blank or sample sentence is left: fill them through the editor as a user
 * does, or fill a draft record's document before saving it through the contract.
 */
import type { Page } from '@playwright/test';
import type { Draft } from '../../common/draft/draft';
import { acceptSamples } from '../../common/draft/fill';

/** Fills every placeholder of the open draft: a click selects it, then a blank gets `blank` (a year its own), a sample sentence `sample`. */
export async function fillPlaceholders(page: Page, blank = '10', sample = 'Nội dung do người soạn thảo viết.'): Promise<void> {
  const left = page.locator('.compose-work .vt-placeholder');
  for (let n = await left.count(); n > 0; n = await left.count()) {
    const p = left.first();
    const kind = await p.getAttribute('data-kind');
    const text = (await p.textContent()) ?? '';
    await p.click();
    // A year the template wrote as a blank ("năm 2026") is typed again as it is.
    await page.keyboard.type(kind !== 'blank' ? sample : /^\d{4}$/.test(text) ? text : blank);
    await page.waitForFunction((k) => document.querySelectorAll('.compose-work .vt-placeholder').length < k, n);
  }
}

/** The draft with its placeholders filled (sample prose kept as text, blanks written "15"). */
export function filledDraft(draft: unknown): Draft {
  return acceptSamples(draft as Draft);
}
