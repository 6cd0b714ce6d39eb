import os from 'node:os';
import { embedCommand } from '../src/cli/embedCommand.js';
import { loadConfig } from '../src/config.js';
import { removeThisProcessBuild } from '../src/index/build/interruptedBuild.js';
import { log } from '../src/log.js';

const dataDir = (() => {
  try {
    return loadConfig().dataDir;
  } catch {
    return undefined; // embedCommand names the bad setting
  }
})();

// Ctrl-C (or a service stop) in the middle of a build: its folder and lock go before the process
// does, rather than waiting for the next build to clear them. npm passes the signal on too, so it
// may come twice; the first does everything, synchronously, and exits. `npm run embed` runs this in
// the process npm starts (scripts/run.mjs: compiled when dist/ is up to date, else with tsx loaded
// into this very process): the tsx command would run the build in a child and SIGKILL it when it
// does not answer a signal within 60 ms, as a build busy with a batch can't.
const stop = (signal: NodeJS.Signals) => {
  if (dataDir) removeThisProcessBuild(dataDir);
  // The progress bar hid the terminal's cursor; it would stay hidden after this exit.
  if (process.stderr.isTTY) process.stderr.write('\n\x1b[?25h');
  log.warn(`${signal}: index build stopped; the installed index is unchanged.`);
  process.exit(128 + (os.constants.signals[signal] ?? 0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

process.exitCode = await embedCommand(process.argv.slice(2));
