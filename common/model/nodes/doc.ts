/**
 * The document: a fixed order of parts, as the rules prescribe (spec §2.1): header, title, body,
 * closing (signature and Nơi nhận), then optional appendices. `createAndFill` rebuilds required parts.
 */
import { part } from '../part';

export const docPart = part('doc', { content: 'header title body closing appendix*' });
