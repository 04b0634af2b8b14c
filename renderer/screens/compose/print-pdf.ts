/**
 * Ctrl+P of an open draft: prints the document as it will print. Through the local host, with
 * LibreOffice on the machine, that is the PDF of the exported DOCX, loaded into a hidden frame and
 * handed to the browser's print dialog. Without LibreOffice, or in the desktop window (which has no
 * download route), the page view is printed by its print stylesheet instead.
 */
import { UserError } from '../../../common/api';
import { API_HEADERS } from '../../api/web-client';
import { onLocalHost } from '../desk/util';

/** How the last print went, for the status line. */
export type PrintWay = 'pdf' | 'page-view';

const FRAME_ID = 'vanthu-print-frame';

/** Fetches a PDF the host made, through the session, as a blob the browser shows as a PDF. */
async function pdfBlob(file: string): Promise<Blob> {
  const res = await fetch('/api/download', {
    method: 'POST', credentials: 'same-origin', headers: { ...API_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ file, name: 'van-ban.pdf' }),
  });
  if (!res.ok) throw new Error('Không đọc được bản PDF để in.');
  return new Blob([await res.arrayBuffer()], { type: 'application/pdf' });
}

/** Removes the hidden print frame (and frees its PDF), e.g. when the draft is closed. */
export function removePrintFrame(): void {
  const frame = document.getElementById(FRAME_ID) as HTMLIFrameElement | null;
  if (!frame) return;
  if (frame.src.startsWith('blob:')) URL.revokeObjectURL(frame.src);
  frame.remove();
}

/** Loads `pdf` into a hidden frame and opens the print dialog for it once it is loaded. */
function printInFrame(pdf: Blob): void {
  removePrintFrame();
  const url = URL.createObjectURL(pdf);
  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  frame.title = 'Bản in PDF';
  frame.setAttribute('aria-hidden', 'true');
  frame.dataset.bytes = String(pdf.size);
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } catch {
      window.open(url, '_blank', 'noopener');
    }
  }, { once: true });
  frame.src = url;
  document.body.append(frame);
}

/**
 * Prints draft `draftId` (saved first by the caller): its PDF where the host can make one, else the
 * page view. Returns the way it printed; throws a UserError for a failure other than a missing
 * LibreOffice.
 */
export async function printDraft(draftId: string): Promise<PrintWay> {
  if (!onLocalHost()) {
    window.print();
    return 'page-view';
  }
  try {
    const pdf = await window.vanthu.export.pdf({ draftId });
    printInFrame(await pdfBlob(pdf.file));
    return 'pdf';
  } catch (e) {
    if (e instanceof UserError && e.code === 'not-available') {
      window.print();
      return 'page-view';
    }
    throw e;
  }
}
