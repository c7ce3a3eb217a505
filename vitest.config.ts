import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // OCR tests use both cores themselves; running files in parallel only makes them slower.
    fileParallelism: false,
  },
});
