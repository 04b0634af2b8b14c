/** Child process of the move-in kill test: runs `vanthu registry <argv…>` (move-in) and exits with its code. */
import { runRegistry } from '../../../main/cli/registry';

process.exitCode = await runRegistry(process.argv.slice(2));
