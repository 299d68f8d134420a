import type nunjucks from 'nunjucks';
import type { FunctionDefinitions } from '../config/AppDefinition.js';
import type { Dialect } from '../dialects/Dialect.js';
import { SizingError, EXIT_USAGE } from '../SizingError.js';
import { createStringEnvironment } from './createTemplateEnvironment.js';

/**
 * Expands a metric-hub select expression such as `{{ agg_sum("x") }}`.
 * Each function's definition is itself a template over `select_expr` and
 * `dialect`; metric-hub's `{select_expr}` spelling is read too.
 */
export function renderExpression(
  expression: string,
  functions: FunctionDefinitions,
  dialect: Dialect,
  where: string,
): string {
  const env = createStringEnvironment();
  for (const [name, { definition }] of Object.entries(functions)) {
    assertPlainTemplate(definition, `functions.${name}.definition`);
    env.addGlobal(name, expandFunction(env, definition, dialect));
  }
  assertPlainTemplate(expression, where);

  try {
    return env.renderString(expression, { dialect }).trim();
  } catch (error) {
    const reason = (error as Error).message
      .replace(/\(unknown path\)\s*/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
    throw new SizingError(`${where}: cannot expand: ${reason}`, EXIT_USAGE);
  }
}

/*
 * Template tags can reach JavaScript objects, and through their
 * constructors run code while compiling. Expressions only call the
 * functions sizing provides, so those paths are refused outright.
 */
const REACHES_JAVASCRIPT = /constructor|prototype|__proto__|__defineGetter__/;
const TAG = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

function assertPlainTemplate(text: string, where: string): void {
  const tags = text.match(TAG) ?? [];
  if (!tags.some((tag) => REACHES_JAVASCRIPT.test(tag))) return;
  throw new SizingError(
    `${where}: a template tag may only call sizing's functions`,
    EXIT_USAGE,
  );
}

function expandFunction(
  env: nunjucks.Environment,
  definition: string,
  dialect: Dialect,
) {
  const template = definition.replaceAll('{select_expr}', '{{ select_expr }}');
  return (selectExpr: string) =>
    env.renderString(template, { select_expr: selectExpr, dialect });
}
