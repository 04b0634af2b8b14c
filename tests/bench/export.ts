/**
 * Bench of the DOCX export: median time (in-process, after a warm-up) and peak memory for generated
 * 10-, 50- and 100-page Nghị quyết, the page count checked once through LibreOffice, and as the
 * floor the time to only zip the same parts as the exporter does (main/zip: zlib in WebAssembly), beside
 * fflate's zipSync at the same level as a peer. Target: 50 pages under 300 ms.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { createDraft } from '../../common/draft/create';
import { setNumberAndDate, type Draft } from '../../common/draft/draft';
import { exportDocx } from '../../main/export/docx';

import { convertToPdf, findLibreOffice } from '../../main/export/pdf';
import { defaultOrganisation, findTemplate } from '../../main/templates';
import { writeZip, ZIP_ENTRY_TIME } from '../../main/zip/write';

const RUNS = 7;
/** Body blocks per printed page at 14 pt with 18 pt lines (measured once through LibreOffice). */
const BLOCKS_PER_PAGE = 15;

/** A Nghị quyết whose body is repeated sections until it fills about `pages` pages. */
export function longDraft(pages: number): Draft {
  const t = findTemplate('nghi-quyet')!;
  const blocks: typeof t.body = [];
  for (let s = 1; blocks.length < pages * BLOCKS_PER_PAGE; s++) {
    blocks.push({ h2: `${s}. Nhiệm vụ, giải pháp thứ ${s}` });
    blocks.push({ p: `Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ thứ ${s}, bảo đảm đúng tiến độ, chất lượng; gắn trách nhiệm của người đứng đầu với kết quả thực hiện; định kỳ sơ kết, rút kinh nghiệm và kịp thời biểu dương những cách làm hay, sáng tạo.` });
    blocks.push({ dash: '- Rà soát, bổ sung kế hoạch, chương trình công tác; phân công rõ người, rõ việc, rõ thời gian hoàn thành.' });
    blocks.push({ dash: '- Tăng cường kiểm tra, giám sát; xử lý nghiêm những tập thể, cá nhân không hoàn thành nhiệm vụ.' });
  }
  return setNumberAndDate(createDraft({ ...t, body: blocks }, defaultOrganisation()), 4, '2026-03-06');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(pages: number) {
  const draft = longDraft(pages);
  let bytes = await exportDocx(draft);
  const times: number[] = [];
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = await exportDocx(draft);
    times.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  clearInterval(timer);
  const parts = unzipSync(bytes);
  const timeOf = (zip: () => unknown) => median(Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    zip();
    return performance.now() - t0;
  }));
  const zipMs = timeOf(() => writeZip(Object.entries(parts), { mtime: ZIP_ENTRY_TIME, method: 'deflate' }));
  const fflateMs = timeOf(() => zipSync(parts, { level: 6 }));
  return { bytes, ms: median(times), zipMs, fflateMs, peakMb: peak / 2 ** 20 };
}

async function pagesOf(bytes: Uint8Array): Promise<string> {
  if (!(await findLibreOffice())) return '?';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
  writeFileSync(path.join(dir, 'b.docx'), bytes);
  const pdf = await convertToPdf(path.join(dir, 'b.docx'), dir);
  return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '?';
}

/** Prints the figures. */
export async function run(): Promise<void> {
  console.log('DOCX export (median of 7, in-process; peak RSS of the process while exporting)');
  for (const pages of [10, 50, 100]) {
    const r = await measure(pages);
    console.log(`  ${String(pages).padStart(3)} pages (LibreOffice counts ${await pagesOf(r.bytes)}): export ${r.ms.toFixed(1)} ms, `
      + `zip-only floor ${r.zipMs.toFixed(1)} ms (fflate's zipSync: ${r.fflateMs.toFixed(1)} ms), ${(r.bytes.length / 1024).toFixed(0)} KiB, peak RSS ${r.peakMb.toFixed(0)} MiB`);
  }
}
