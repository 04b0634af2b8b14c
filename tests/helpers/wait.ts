/** Polling for what a background task of the code under test produces (a backup, a dump, a problem). */

/**
 * Calls `probe` every 50 ms until it gives a value (not null or undefined) and resolves with it;
 * rejects after `ms` milliseconds without one.
 */
export async function waitFor<T>(probe: () => T | null | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
