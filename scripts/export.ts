import { exportCommand } from '../src/cli/exportCommand.js';

process.exitCode = await exportCommand(process.argv.slice(2));
