import { embedCommand } from '../src/cli/embedCommand.js';

process.exitCode = await embedCommand(process.argv.slice(2));
