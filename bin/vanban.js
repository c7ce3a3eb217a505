#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// First Ctrl-C: stop starting documents, let running ones finish writing; second: leave now.
const controller = new AbortController();
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts++;
  if (interrupts === 1) {
    process.stderr.write('\nstopping after the documents in progress (Ctrl-C again to quit now)…\n');
    controller.abort();
  } else {
    process.stderr.write('interrupted; run the same command again to resume\n');
    process.exit(130);
  }
});
process.on('SIGTERM', () => controller.abort());

main(process.argv.slice(2), { signal: controller.signal }).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`vanban: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
