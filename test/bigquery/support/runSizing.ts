import { Command } from 'commander';
import {
  registerExecuteCommand,
  type ExecuteDependencies,
} from '../../../src/commands/executeCommand.js';
import { EXIT_USAGE, SizingError } from '../../../src/SizingError.js';

export interface SizingRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sizing execute` in this process, as the CLI would, so that the
 * fake server and the guards here see every request and the clock can
 * be swapped. Exit statuses follow src/cli.ts.
 */
export async function runSizing(
  args: string[],
  dependencies: ExecuteDependencies,
): Promise<SizingRun> {
  const program = new Command('sizing').exitOverride();
  registerExecuteCommand(program, dependencies);

  const output = captureOutput();
  let status = 0;
  try {
    await program.parseAsync(['execute', ...args], { from: 'user' });
  } catch (error) {
    status = statusOf(error, output);
  } finally {
    output.stop();
  }
  return { status, stdout: output.stdout, stderr: output.stderr };
}

function statusOf(error: unknown, output: { stderr: string }): number {
  if (error instanceof SizingError) {
    output.stderr += `error: ${error.message}\n`;
    return error.exitCode;
  }
  const code = (error as { code?: unknown }).code;
  const commander = typeof code === 'string' && code.startsWith('commander.');
  if (commander) return EXIT_USAGE;
  throw error;
}

/** Collects what the run writes to stdout and stderr, and hides it. */
function captureOutput() {
  const { stdout, stderr } = process;
  const writes = { stdout: stdout.write, stderr: stderr.write };
  const captured = {
    stdout: '',
    stderr: '',
    stop() {
      stdout.write = writes.stdout;
      stderr.write = writes.stderr;
    },
  };

  stdout.write = ((chunk: string | Uint8Array) => {
    captured.stdout += String(chunk);
    return true;
  }) as typeof stdout.write;
  stderr.write = ((chunk: string | Uint8Array) => {
    captured.stderr += String(chunk);
    return true;
  }) as typeof stderr.write;
  return captured;
}
