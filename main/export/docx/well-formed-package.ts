/**
 * The well-formedness check of a whole package (zip bytes), for packages not checked part by part
 * before zipping (a renumbered package, a stored one). Apart from well-formed.ts so that the export,
 * which checks its parts before zipping, does not load the unzip code (fflate) at start.
 */
import { unzipSync } from 'fflate';
import { assertWellFormedParts, broken, isMarkedWellFormed } from './well-formed';

/** Throws a Vietnamese UserError naming the first part of the package that is not well-formed XML. */
export function assertWellFormedPackage(bytes: Uint8Array): void {
  if (isMarkedWellFormed(bytes)) return;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw broken('gói zip', `không giải nén được: ${(e as Error).message}`);
  }
  assertWellFormedParts(Object.entries(files));
}
