/**
 * The outcome of solving for one quantity: a finite number, or a sentence
 * saying why no such number exists. Nothing downstream ever sees NaN or
 * Infinity in place of an answer.
 */
export type Solution =
  | { computable: true; value: number }
  | { computable: false; reason: string };

export function solved(value: number): Solution {
  if (!Number.isFinite(value)) {
    return notComputable('the answer is too large to represent as a number');
  }
  return { computable: true, value };
}

export function notComputable(reason: string): Solution {
  return { computable: false, reason };
}
