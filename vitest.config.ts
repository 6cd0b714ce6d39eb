import { defineConfig } from 'vitest/config';

// Generous bounds: several suites start real processes (tsx, the bot, the Discord stand-in), and on
// a busy 2-core machine one of those can take tens of seconds. A timeout here only catches a hang;
// speed is measured by `npm run bench`, never by a test's time limit.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
