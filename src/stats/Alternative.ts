/**
 * Which departure from "no difference" the test looks for, written as
 * treatment minus control: 'larger' means the treatment mean is higher.
 */
export type Alternative = 'two-sided' | 'larger' | 'smaller';

export const ALTERNATIVES: readonly Alternative[] = [
  'two-sided',
  'larger',
  'smaller',
];
