/**
 * Every byte the tool writes to the terminal goes through here: results to
 * stdout, diagnostics to stderr, so `sizing … > out.json` stays clean.
 */

const useColor = (stream: NodeJS.WriteStream): boolean =>
  stream.isTTY === true && !('NO_COLOR' in process.env);

const paint = (code: string, text: string, stream: NodeJS.WriteStream) =>
  useColor(stream) ? `\u001b[${code}m${text}\u001b[0m` : text;

// A reader that stops early (`sizing … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

let quiet = false;
let progressShown = false;

export const terminal = {
  /** A result: what the user asked for. Always printed, on stdout. */
  result(text: string): void {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },

  /** Progress and notes for people, on stderr; `--quiet`/`--json` mute it. */
  info(text: string): void {
    if (!quiet) process.stderr.write(`${text}\n`);
  },

  warn(text: string): void {
    process.stderr.write(
      `${paint('33', 'warning:', process.stderr)} ${text}\n`,
    );
  },

  error(text: string): void {
    process.stderr.write(`${paint('31', 'error:', process.stderr)} ${text}\n`);
  },

  /**
   * One line of progress, redrawn in place. Drawn only when stderr is a
   * terminal: logs and pipes get nothing rather than a pile of lines.
   */
  progress(text: string): void {
    if (!terminal.interactive()) return;
    // A pseudo-terminal may report 0 columns: fall back to a usual width.
    const width = process.stderr.columns || 80;
    process.stderr.write(`\r\u001b[K${text.slice(0, width - 1)}`);
    progressShown = true;
  },

  /** Clears the progress line so the next output starts clean. */
  endProgress(): void {
    if (!progressShown) return;
    process.stderr.write('\r\u001b[K');
    progressShown = false;
  },

  /** Whether transient progress lines may be drawn (stderr is a terminal). */
  interactive(): boolean {
    return process.stderr.isTTY === true && !quiet;
  },

  setQuiet(value: boolean): void {
    quiet = value;
  },
};
