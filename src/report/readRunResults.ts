import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_USAGE, SizingError } from '../SizingError.js';
import type { TargetResult } from '../results/TargetResult.js';
import { displayPath } from './displayPath.js';
import { targetResultSchema } from './targetResultSchema.js';

/** Files in a run folder that are not one target's result. */
const NOT_TARGETS = new Set(['sample_sizes.json']);

/**
 * Every target result of one run folder, sorted by slug. A missing folder,
 * an empty one or a file that is not a result stops the report, since a
 * report silently missing targets would mislead its reader.
 */
export function readRunResults(folder: string): TargetResult[] {
  const files = resultFiles(folder);

  const results = files.map((file) => readResult(join(folder, file)));
  return results.sort((a, b) => (a.target.slug < b.target.slug ? -1 : 1));
}

function resultFiles(folder: string): string[] {
  const shown = displayPath(folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SizingError(`no results folder ${shown}`, EXIT_USAGE);
  }

  const files = listFolder(folder)
    .filter((name) => name.endsWith('.json') && !NOT_TARGETS.has(name));
  if (files.length === 0) {
    throw new SizingError(`no target results in ${shown}`, EXIT_USAGE);
  }
  return files;
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    const shown = displayPath(folder);
    throw new SizingError(
      `${shown}: unreadable (${oneLine(error)})`, EXIT_USAGE);
  }
}

function readResult(path: string): TargetResult {
  const shown = displayPath(path);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SizingError(
      `${shown}: unreadable (${oneLine(error)})`, EXIT_USAGE);
  }

  const parsed = targetResultSchema.safeParse(value);
  if (parsed.success) return parsed.data;

  const issue = parsed.error.issues[0];
  const where = issue?.path.map(String).join('.') ?? '';
  throw new SizingError(
    `${shown}: not a target result (${where}: ${issue?.message})`,
    EXIT_USAGE,
  );
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
