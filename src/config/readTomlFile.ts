import { readFileSync } from 'node:fs';
import TOML from '@iarna/toml';
import { fileProblem } from '../files/fileProblem.js';
import { ConfigError } from './ConfigError.js';

/** Parses a TOML file, turning a syntax error into a located problem. */
export function readTomlFile(path: string, label = path): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const problem = fileProblem(error);
    if (problem === undefined) throw error;
    const missing = (error as { code?: string }).code === 'ENOENT';
    const message = missing ? 'file not found' : `cannot read: ${problem}`;
    throw new ConfigError([{ file: label, key: '', message }]);
  }
  return parseTomlText(text, label);
}

export function parseTomlText(text: string, label: string): unknown {
  try {
    return TOML.parse(text);
  } catch (error) {
    const { line, message } = error as { line?: number; message: string };
    const first = message.split('\n')[0] ?? message;
    throw new ConfigError([
      {
        file: label,
        key: '',
        message: `invalid TOML: ${first}`,
        line: line === undefined ? undefined : line + 1,
      },
    ]);
  }
}
