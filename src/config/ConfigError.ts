import { SizingError, EXIT_USAGE } from '../SizingError.js';

/** One thing wrong in a configuration file, located by key path. */
export interface ConfigProblem {
  file: string;
  key: string;
  message: string;
  line?: number;
}

export function formatProblem(problem: ConfigProblem): string {
  const at = problem.line === undefined ? '' : `:${problem.line}`;
  const key = problem.key === '' ? '' : ` ${problem.key}:`;
  return `${problem.file}${at}:${key} ${problem.message}`;
}

/**
 * All problems found in one pass over the configuration, so a user fixes
 * them together rather than one run at a time. One line per problem.
 */
export class ConfigError extends SizingError {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'), EXIT_USAGE);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
