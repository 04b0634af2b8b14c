/**
 * Contract of the `files` domain: files move between the user and the main process only through
 * these two calls. In Electron they open native dialogs; in a browser the local host's client turns
 * them into a download and an upload (with size limits). The window never names a path of its own.
 */
import * as z from 'zod';
import { fileName, fileRef } from '../fields';
import { op } from '../op';

/** Kinds of files the user may pick, deciding the dialog's filters and the size limit. */
export const OPEN_KINDS = ['attachment', 'backup', 'register'] as const;

/** Operations of the files domain. */
export const filesOps = {
  'files.saveAs': op<{ saved: boolean }>()({
    input: z.strictObject({ file: fileRef, name: fileName }),
    label: 'Lưu tệp',
    paths: ['file'],
  }),
  'files.open': op<{ file: string | null; name: string }>()({
    input: z.strictObject({ kind: z.enum(OPEN_KINDS) }),
    label: 'Chọn tệp',
  }),
};
