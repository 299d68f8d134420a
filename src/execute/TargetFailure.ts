/** A target that could not be sized in this run, and why, in one line. */
export interface TargetFailure {
  slug: string;
  reason: string;
}
