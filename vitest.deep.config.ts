import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm run test:deep`: only the files named *.deep.test.ts — long property
// runs, corpus-wide and stream checks, the packed tarball installed into a
// scratch project. KHABAR_TEST_TIER=deep gives properties their full run
// counts (test/helpers/tier.ts).
export default defineConfig({
  test: {
    // Vitest's default leaves one core idle; on a two-core machine that
    // runs the files one at a time.
    maxWorkers: availableParallelism(),
    include: ['test/**/*.deep.test.ts'],
    env: { KHABAR_TEST_TIER: 'deep' },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
