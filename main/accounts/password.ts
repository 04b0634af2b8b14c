/**
 * Password hashing with scrypt (node:crypto), a memory-hard KDF. A stored hash describes itself in
 * the PHC string form `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (base64 without padding), so the
 * parameters can be raised later: old hashes still verify with their own parameters, and
 * `needsRehash` tells the login to store a new hash under the current ones.
 *
 * Why N=2^15, r=8, p=1: each hash needs 128·N·r = 32 MiB of memory and about 0.1 s of one core on
 * an ordinary office server (0.3 s on the shared CI machine), so a login stays quick and four
 * logins at once (libuv's thread pool) need 128 MiB, while a stolen accounts table costs an
 * attacker 32 MiB and the same time per guess. OWASP's floor is 2^17 (128 MiB); with lock-out
 * capping online guessing (lockout.ts) we keep 2^15 for modest servers, and raising it is this one
 * constant: hashes are upgraded at the next login.
 */
import crypto from 'node:crypto';

/** The parameters of one scrypt hash. */
export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  /** Block size r. */
  r: number;
  /** Parallelism p. */
  p: number;
}

/** The parameters new hashes use (see the file comment for why). */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = { ln: 15, r: 8, p: 1 };

/** Salt length in bytes (128 random bits per hash). */
export const SALT_BYTES = 16;

/** Derived key length in bytes. */
export const HASH_BYTES = 32;

/** Bounds on parameters read back from storage, so a crafted row cannot ask for gigabytes. */
const MAX_PARAMS: Readonly<ScryptParams> = { ln: 20, r: 16, p: 4 };

/** Memory scrypt needs for `params` (128·N·r·p plus a margin), passed as maxmem. */
function maxmemOf(params: ScryptParams): number {
  return 128 * 2 ** params.ln * params.r * (params.p + 1) + 1024 * 1024;
}

function derive(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, length, { N: 2 ** params.ln, r: params.r, p: params.p, maxmem: maxmemOf(params) },
      (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** A stored hash taken apart. */
interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,88})\$([A-Za-z0-9+/]{43,88})$/;

function parse(stored: string): ParsedHash | null {
  const m = PHC.exec(stored);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 1 || params.r < 1 || params.p < 1) return null;
  if (params.ln > MAX_PARAMS.ln || params.r > MAX_PARAMS.r || params.p > MAX_PARAMS.p) return null;
  return { params, salt: Buffer.from(m[4], 'base64'), hash: Buffer.from(m[5], 'base64') };
}

function b64(buf: Buffer): string {
  return buf.toString('base64').replace(/=+$/, '');
}

/**
 * Hashes `password` (NFC-normalised, so the same Vietnamese letters typed with another input method
 * still match) with a fresh random salt; returns the self-describing stored form.
 */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, params, HASH_BYTES);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(hash)}`;
}

/**
 * Whether `password` matches `stored`, compared in constant time (crypto.timingSafeEqual). A
 * stored value that is not a hash of this form never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.params, parsed.hash.length);
  return crypto.timingSafeEqual(candidate, parsed.hash);
}

/** Whether `stored` was made with other parameters than `current` (or is unreadable) and should be replaced. */
export function needsRehash(stored: string, current: ScryptParams = SCRYPT_PARAMS): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  const p = parsed.params;
  return p.ln !== current.ln || p.r !== current.r || p.p !== current.p || parsed.hash.length !== HASH_BYTES || parsed.salt.length < SALT_BYTES;
}

/** The parameters a stored hash was made with, or null when it is not a hash of this form. */
export function paramsOf(stored: string): ScryptParams | null {
  return parse(stored)?.params ?? null;
}
