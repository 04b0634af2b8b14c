/**
 * Contract of the `export` domain: turning a draft into a DOCX file, or into the PDF it prints as
 * (through LibreOffice), kept by the main process.
 */
import * as z from 'zod';
import { id } from '../fields';
import { op } from '../op';

/** A file produced by the main process, referenced by its path in the data folder. */
export interface ProducedFile {
  /** Path inside the data folder; pass it to `files.saveAs`. */
  file: string;
  /** Suggested name for saving. */
  name: string;
  /** Size in bytes. */
  size: number;
}

/** Operations of the export domain. */
export const exportOps = {
  /** The draft as it will print: its DOCX converted by LibreOffice ('not-available' without it). */
  'export.pdf': op<ProducedFile>()({ input: z.strictObject({ draftId: id }), label: 'In văn bản (PDF)' }),
};
