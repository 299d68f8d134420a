import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './ConfigError.js';

/** Validates parsed TOML against a schema, collecting every problem. */
export function problemsOf<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
): { data?: T; problems: ConfigProblem[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { data: parsed.data, problems: [] };

  const problems = parsed.error.issues.flatMap((issue) =>
    issueToProblems(issue, file, value),
  );
  return { problems };
}

export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
): T {
  const { data, problems } = problemsOf(schema, value, file);
  if (problems.length > 0) throw new ConfigError(problems);
  return data as T;
}

export function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) =>
      typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
    )
    .join('')
    .replace(/^\./, '');
}

function issueToProblems(
  issue: z.core.$ZodIssue,
  file: string,
  root: unknown,
): ConfigProblem[] {
  const base = keyPath(issue.path);
  if (typeof valueAt(root, issue.path) === 'bigint') {
    return [{ file, key: base, message: 'integer too large to hold exactly' }];
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      key: base === '' ? key : `${base}.${key}`,
      message: 'unknown key',
    }));
  }
  return [{ file, key: base, message: issue.message }];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, part) =>
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[part]
        : undefined,
    root,
  );
}
