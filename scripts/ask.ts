import { runQuestions } from '../src/cli/runQuestions.js';

process.exitCode = await runQuestions('ask', process.argv.slice(2));
