import { join } from 'node:path';

export const resultsDir = (root: string, runDate: string) =>
  join(root, 'results', runDate);

export const targetResultPath = (root: string, runDate: string, slug: string) =>
  join(resultsDir(root, runDate), `${slug}.json`);

export const publishedPath = (root: string, runDate: string) =>
  join(resultsDir(root, runDate), 'sample_sizes.json');
