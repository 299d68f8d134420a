import type { DuckDBConnection } from '@duckdb/node-api';
import type { ClientProfile } from './ClientProfile.js';
import { ChunkWriter } from './ChunkWriter.js';
import type { GenerationModel } from './GenerationModel.js';
import { profileClients } from './profileClients.js';
import { simulateDays, type DayRow } from './simulateDays.js';
import {
  createStagingSql,
  STAGED_CLIENTS,
  STAGED_DAYS,
  stagingTypes,
  type StagingTable,
} from './stagingTables.js';

/**
 * Generates one app's clients and their days into the staging tables,
 * streaming: memory holds one client and one chunk per table at a time.
 */
export async function stageApp(
  connection: DuckDBConnection,
  model: GenerationModel,
  app: string,
  options: { seed: number; clients: number },
): Promise<void> {
  const clients = await openWriter(connection, STAGED_CLIENTS);
  const days = await openWriter(connection, STAGED_DAYS);
  const label = model.spec.apps[app]!.label;

  const drawn = profileClients(model, app, options.seed, options.clients);
  for (const { profile, rng } of drawn) {
    const emit = (row: DayRow) => writeDay(days, profile.index, row);
    simulateDays(profile, rng, model, emit);
    writeClient(clients, profile, label);
  }

  clients.close();
  days.close();
}

async function openWriter(
  connection: DuckDBConnection,
  table: StagingTable,
): Promise<ChunkWriter> {
  await connection.run(createStagingSql(table));
  const appender = await connection.createAppender(table.name, 'main', 'temp');
  return new ChunkWriter(appender, stagingTypes(table));
}

/** Values in the column order of STAGED_CLIENTS. */
function writeClient(
  writer: ChunkWriter,
  profile: ClientProfile,
  label: string,
): void {
  const recorded = profile.firstSeenRecorded ? profile.firstSeen : null;
  const values = [
    profile.index, profile.clientId, profile.sampleId, recorded,
    profile.firstSeen, profile.locale, profile.country, profile.channel,
    profile.engine, label,
  ];
  values.forEach((value, column) => writer.set(column, value));
  writer.endRow();
}

/** Values in the column order of STAGED_DAYS. */
function writeDay(writer: ChunkWriter, client: number, row: DayRow): void {
  writer.set(0, client);
  writer.set(1, row.day);
  writer.set(2, row.active);
  writer.set(3, row.daysSinceSeen);
  writer.set(4, row.daysSeenBits);
  writer.set(5, row.seconds);
  writer.set(6, row.searches);
  writer.set(7, row.tagged);
  writer.set(8, row.travelCountry);
  writer.endRow();
}
