import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    // (The samples test extracts every sample once, 566 files, about 3.5 min on two cores: a hang, not
    // a slow machine, is what this limit is for.)
    hookTimeout: 600_000,
    pool: 'forks',
    // OCR tests use both cores themselves; running files in parallel only makes them slower.
    fileParallelism: false,
  },
});
