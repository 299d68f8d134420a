import type { Command } from 'commander';
import { registerCompileCommand } from './compileCommand.js';
import { registerExecuteCommand } from './executeCommand.js';
import { registerReportCommand } from './reportCommand.js';
import { registerSolveCommand } from './solveCommand.js';
import { registerWarehouseCommand } from './warehouseCommand.js';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerCompileCommand,
  registerExecuteCommand,
  registerReportCommand,
  registerSolveCommand,
  registerWarehouseCommand,
];
