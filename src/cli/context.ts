/** What a command may touch: streams and a cancel signal, so the CLI runs in tests in-process too. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
  signal: AbortSignal;
  exitCode: number;
}
