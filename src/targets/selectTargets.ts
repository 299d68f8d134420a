import { SizingError, EXIT_USAGE } from '../SizingError.js';
import type { Target } from './Target.js';

/** The targets named on the command line, or all of them with `--all`. */
export function selectTargets(
  targets: Target[],
  options: { target?: string[]; all?: boolean },
): Target[] {
  if (options.all && options.target) {
    throw new SizingError(
      'give either --all or --target, not both',
      EXIT_USAGE,
    );
  }
  if (options.all) return targets;
  if (!options.target) {
    throw new SizingError(
      'name targets with --target SLUG (see data/manifest.toml) or use --all',
      EXIT_USAGE,
    );
  }

  const bySlug = new Map(targets.map((target) => [target.slug, target]));
  // A slug named twice is sized once.
  return [...new Set(options.target)].map((slug) => {
    const target = bySlug.get(slug);
    if (target) return target;
    throw new SizingError(
      `--target: no target "${slug}" in data/manifest.toml`,
      EXIT_USAGE,
    );
  });
}
