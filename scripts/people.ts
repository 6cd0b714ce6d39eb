import { peopleCommand } from '../src/cli/peopleCommand.js';

process.exitCode = await peopleCommand(process.argv.slice(2));
