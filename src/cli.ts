#!/usr/bin/env node
import { Command } from 'commander';
import { commands } from './commands/commands.js';
import { SizingError, EXIT_USAGE } from './SizingError.js';
import { terminal } from './terminal.js';

function buildProgram(): Command {
  const program = new Command('sizing')
    .description('How many clients an experiment needs, from telemetry.')
    .showHelpAfterError()
    .exitOverride();

  for (const register of commands) register(program);
  return program;
}

function exitCodeOf(error: unknown): number {
  if (error instanceof SizingError) {
    terminal.error(error.message);
    return error.exitCode;
  }

  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('commander.')) {
    const help =
      code === 'commander.helpDisplayed' || code === 'commander.version';
    return help ? 0 : EXIT_USAGE;
  }

  terminal.error(`internal error: ${(error as Error).stack ?? error}`);
  return 70;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeOf(error);
}
