import { runQuestions } from '../src/cli/runQuestions.js';

process.exitCode = await runQuestions('who-knows', process.argv.slice(2));
