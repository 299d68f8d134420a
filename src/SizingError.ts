/**
 * An error the user can fix: its message is printed as is, on one line,
 * and the process exits with `exitCode`. Any other error is a bug in sizing.
 */
export class SizingError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'SizingError';
    this.exitCode = exitCode;
  }
}

/** Exit status for invalid configuration or command-line input. */
export const EXIT_USAGE = 2;
