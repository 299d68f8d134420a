import nunjucks from 'nunjucks';
import { templatesDir } from './templatesDir.js';

/**
 * SQL is not HTML: nothing is escaped. A misspelt variable is an error,
 * never an empty string in the query.
 */
const OPTIONS: nunjucks.ConfigureOptions = {
  autoescape: false,
  throwOnUndefined: true,
  trimBlocks: true,
  lstripBlocks: true,
};

export function createTemplateEnvironment(
  dir: string = templatesDir,
): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader(dir);
  const env = new nunjucks.Environment(loader, OPTIONS);

  // Captured blocks end in a newline that would leave a blank line.
  env.addFilter('rtrim', (text: string) => String(text).trimEnd());
  return env;
}

/** For expressions held in configuration rather than in files. */
export function createStringEnvironment(): nunjucks.Environment {
  return new nunjucks.Environment(null, OPTIONS);
}
