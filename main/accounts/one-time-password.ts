/**
 * One-time passwords an administrator hands over (a new account, a reset): 12 random characters
 * from 31 that cannot be mistaken for one another when read aloud or copied from paper (no 0/O,
 * 1/l/I), in groups of four: about 59 bits, ample for a password that must be changed at first use
 * and that lock-out guards.
 */
import crypto from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A fresh one-time password such as "k7mq-x2ta-9fhe". */
export function oneTimePassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}
