/** One synthetic client of one app: what stays the same from day to day. */
export interface ClientProfile {
  /** Position within its app, the join key while building. */
  index: number;
  clientId: string;
  sampleId: number;
  /** Day number of first use. */
  firstSeen: number;
  /** Whether first_seen_date holds firstSeen; else it is NULL. */
  firstSeenRecorded: boolean;
  /** Chance of using the app on a given day. */
  activityRate: number;
  /** Last day the client may be active (it churns after). */
  lastActiveDay: number;
  locale: string | null;
  country: string | null;
  channel: string;
  engine: string;
  /** Median active seconds on an active day. */
  secondsMedian: number;
  /** Day-to-day spread of active seconds (lognormal sigma). */
  secondsSpread: number;
  /** A day's active seconds never exceed this. */
  maxDaySeconds: number;
  /** Mean searches on an active day; 0 for clients who never search. */
  searchMean: number;
  /** Share of its searches that are tagged. */
  taggedShare: number;
}
