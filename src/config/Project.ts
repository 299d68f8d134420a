import type { AppDefinition, FunctionDefinitions } from './AppDefinition.js';
import type { TargetLists } from './TargetLists.js';

/** Everything read from a project's data/ folder, validated. */
export interface Project {
  /** The project folder: holds data/, compiled/ and results/. */
  root: string;
  targetLists: TargetLists;
  apps: Map<string, AppDefinition>;
  functions: FunctionDefinitions;
}
