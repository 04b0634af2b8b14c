/** `vanthu registry` run inside a test, its console lines captured (registers its own hooks). */
import { afterEach, beforeEach, vi } from 'vitest';
import { runRegistry } from '../../../main/cli/registry';

/** What a test gets: `run(...argv)` gives the exit code; `out` and `err` hold the lines of the last run. */
export interface RegistryCli { run(...argv: string[]): Promise<number>; out: string[]; err: string[] }

/** Captures console.log / console.error for every test of the file and returns the runner. */
export function registryCli(): RegistryCli {
  const cli: RegistryCli = {
    out: [],
    err: [],
    run: async (...argv) => {
      cli.out = [];
      cli.err = [];
      return runRegistry(argv);
    },
  };
  beforeEach(() => {
    cli.out = [];
    cli.err = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void cli.out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void cli.err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());
  return cli;
}
