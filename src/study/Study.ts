import type {
  DataSource,
  FunctionDefinitions,
  MetricDefinition,
} from '../config/AppDefinition.js';
import type { TargetLists } from '../config/TargetLists.js';
import type { SegmentDefinition } from './StudyConfig.js';

/** A study config with every import resolved, ready to compile. */
export interface Study {
  /** The config file's name without extension: names the results. */
  name: string;
  /** The config file, as given. */
  file: string;
  /** Its folder: relative paths in local expressions start here. */
  dir: string;
  segments: {
    name: string;
    definition: SegmentDefinition;
    source: DataSource;
  }[];
  metrics: Record<string, MetricDefinition>;
  dataSources: Record<string, DataSource>;
  functions: FunctionDefinitions;
  parameters: Omit<TargetLists['parameters'], 'dates'>;
  dates: { start_date: string; enrollment_days: number; analysis_days: number };
}
