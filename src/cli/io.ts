/** What a command needs from the outside world; tests pass their own. */
export interface IO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** current working directory for relative paths */
  cwd: string;
}

export const processIO: IO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };

/** Exit codes shared by all commands. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
