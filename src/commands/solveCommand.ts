import type { Command } from 'commander';
import { terminal } from '../terminal.js';
import { parseSolveFlags, type SolveFlags } from './solve/parseSolveFlags.js';
import { runSolve } from './solve/runSolve.js';
import { solveJson } from './solve/solveJson.js';
import { solveTable } from './solve/solveTable.js';

const HELP_AFTER = `
Examples:
  sizing solve --mean 5.6 --sd 11 --effect-size 0.01
  sizing solve --test t --d 0.05 --power 0.8,0.9,0.95 --json
  sizing solve --test proportions --baseline 0.187 --effect-size 0.01 --absolute
  sizing solve --test poisson --baseline 2.93 --solve mde --n 50000
  sizing solve --d 0.02 --solve power --n 20000 --sequential

A list (0.01,0.02,0.05) for one of --effect-size, --d, --power or --n
gives a curve. An answer that does not exist is reported as not
computable, with the reason; that is still a successful run.
See docs/statistics.md for every formula.`;

export function registerSolveCommand(program: Command): void {
  program
    .command('solve')
    .description('power analysis: sample size, detectable effect or power')
    .option('--test <test>', 'z, t, proportions, poisson or mann-whitney', 'z')
    .option('--solve <unknown>', 'what to compute: n, mde or power', 'n')
    .option('--mean <x>', 'control mean of the metric (z, t, mann-whitney)')
    .option('--sd <x>', 'standard deviation of the metric')
    .option('--d <list>', 'standardized effect(s): difference / sd')
    .option('--baseline <x>', 'control proportion or rate (proportions…)')
    .option('--effect-size <list>', 'change(s) to detect, relative (0.01 = 1%)')
    .option('--absolute', 'read --effect-size as an absolute difference')
    .option('--alpha <x>', 'significance level, over all comparisons', '0.05')
    .option('--power <list>', 'target power(s) (default 0.8)')
    .option('--alternative <alt>', 'two-sided, larger or smaller', 'two-sided')
    .option('--ratio <r>', 'treatment clients per control client', '1')
    .option('--arms <k>', 'arms including control (Bonferroni)', '2')
    .option('--n <list>', 'control clients, with --solve mde or power')
    .option('--method <method>', 'proportions: pooled or arcsine')
    .option('--parent <shape>', 'mann-whitney: normal, uniform, logistic…')
    .option('--sequential', 'size for daily looks (confidence sequence)')
    .option('--tuning <clients>', 'sequential: total clients where tightest')
    .option('--json', 'print one JSON object on stdout')
    .addHelpText('after', HELP_AFTER)
    .action((flags: SolveFlags) => solve(flags));
}

function solve(flags: SolveFlags): void {
  const request = parseSolveFlags(flags);
  const outcome = runSolve(request);

  if (request.json) {
    terminal.result(JSON.stringify(solveJson(request, outcome), null, 2));
    return;
  }
  terminal.result(solveTable(request, outcome));
}
