/** Where and as whom the BigQuery jobs run. */
export interface BigqueryConnection {
  /** The Google Cloud project that runs the jobs and is billed. */
  project: string;
  location?: string;
  /**
   * An emulator's base URL. With it, no credentials are looked up and
   * requests carry a placeholder token.
   */
  apiEndpoint?: string;
}
