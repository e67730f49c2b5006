import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the compiled program, several in a row for some tests; give them room on a 2-core machine that
    // other work shares, with two test files running at once. A test that hangs still fails, a minute later.
    testTimeout: 60_000,
    // A worker a core. Vitest's default, one core fewer, is a single worker on 2 cores, and the CLI tests spend most
    // of their time waiting for the program they spawned, so that one worker left a core idle.
    maxWorkers: availableParallelism(),
    // Test files share their worker and the modules it has loaded, rather than each loading the library again in a
    // process of its own (half the suite's CPU time went on that). Nothing a file changes outlives it: the tests mock
    // nothing but spies they restore, and each file removes its own temporary folders.
    isolate: false,
  },
});
