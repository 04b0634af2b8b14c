/** Soạn thảo: the section's entry, kept for the frame's route; the screen lives in ./compose. */
export { ComposeScreen as Compose } from './compose/ComposeScreen';
