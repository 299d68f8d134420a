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
    env.addGlobal(name, expandFunction(env, definition, dialect));
  }

  try {
    return env.renderString(expression, { dialect }).trim();
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').trim();
    throw new SizingError(`${where}: cannot expand: ${reason}`, EXIT_USAGE);
  }
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
