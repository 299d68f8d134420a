/** How hard it is to give each branch the clients it needs. */
export type Feasibility = 'cheap' | 'feasible' | 'infeasible';

/** Below this share of the population per branch, a test is cheap. */
export const CHEAP_BELOW_PERCENT = 1;

/** Above this, one branch needs more clients than the target has. */
export const INFEASIBLE_ABOVE_PERCENT = 100;

export function feasibility(percentPerBranch: number): Feasibility {
  if (percentPerBranch < CHEAP_BELOW_PERCENT) return 'cheap';
  if (percentPerBranch > INFEASIBLE_ABOVE_PERCENT) return 'infeasible';
  return 'feasible';
}
