/**
 * Bench of the Word import: a 50-page Nghị quyết exported by vanthu (tests/bench/export.ts
 * `longDraft`), opened, read and recognised from its bytes — median time of 5 runs, and the peak
 * resident memory of the process (maxRSS) with its growth over the run.
 */
import { exportDocx } from '../../main/export/docx';
import { readDocxBytes } from '../../main/docx-in/read';
import { recogniseWord } from '../../main/docx-in/recognise';
import { longDraft } from './export';

/** Runs the bench and prints its figures. */
export async function run(): Promise<void> {
  const bytes = await exportDocx(longDraft(50));
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  const times: number[] = [];
  let blocks = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const rec = recogniseWord(readDocxBytes(bytes, 'bench.docx'));
    times.push(performance.now() - t);
    blocks = (rec.draft.doc.content as { type: string; content?: unknown[] }[]).find((c) => c.type === 'body')?.content?.length ?? 0;
  }
  times.sort((a, b) => a - b);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`import 50 pages (${(bytes.length / 1024).toFixed(0)} KB DOCX, ${blocks} body blocks): median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}); peak RSS ${peak.toFixed(0)} MB (+${(peak - rssBefore).toFixed(0)} MB during the import)`);
}
