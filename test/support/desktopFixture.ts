import type { Row, TableSpec } from './memoryWarehouse.js';

/**
 * Hand-made desktop clients around run date 2026-03-01, where enrollment
 * starts S = 2026-01-24 and ends 2026-01-30, data ends 2026-02-26, and
 * S - 28 = 2025-12-27. Each client exercises one membership rule.
 */
export const RUN_DATE = '2026-03-01';

interface Day {
  date: string;
  hours?: number;
  searches?: number;
  locale?: string | null;
  country?: string;
  channel?: string;
}

interface Client {
  id: string;
  firstSeen: string | null;
  days: Day[];
  /** Days on the last-seen table marked active; default: the days above. */
  activeDays?: string[];
}

export const CLIENTS: Client[] = [
  {
    id: 'a_before',
    firstSeen: '2026-01-23',
    days: [
      { date: '2026-01-23', hours: 1 },
      { date: '2026-01-25', hours: 2 },
    ],
  },
  {
    id: 'b_start',
    firstSeen: '2026-01-24',
    days: [
      { date: '2026-01-24', hours: 1.5, searches: 2 },
      { date: '2026-02-20', hours: 0.5, searches: 1 },
      { date: '2026-02-21', hours: 9, searches: 9 },
    ],
  },
  {
    id: 'c_last',
    firstSeen: '2026-01-30',
    days: [{ date: '2026-01-30', hours: 4 }],
  },
  {
    id: 'd_after',
    firstSeen: '2026-01-31',
    days: [{ date: '2026-01-31', hours: 5 }],
  },
  {
    id: 'e_28',
    firstSeen: '2025-12-27',
    days: [{ date: '2026-01-26', hours: 3 }],
  },
  {
    id: 'f_29',
    firstSeen: '2025-12-26',
    days: [
      { date: '2026-01-24', hours: 10, searches: 5 },
      { date: '2026-01-27', hours: 6 },
    ],
  },
  {
    id: 'g_27',
    firstSeen: '2025-12-28',
    days: [{ date: '2026-01-25', hours: 1 }],
  },
  {
    id: 'h_null',
    firstSeen: null,
    days: [{ date: '2026-01-28', hours: 0.25 }],
  },
  {
    id: 'i_idle',
    firstSeen: '2025-06-01',
    days: [{ date: '2026-01-25', hours: 1 }],
    activeDays: [],
  },
  {
    id: 'j_case',
    firstSeen: '2025-01-01',
    days: [
      {
        date: '2026-01-29',
        hours: 7,
        locale: 'en-us',
        country: 'us',
        channel: 'Release',
      },
    ],
  },
  {
    id: 'k_other',
    firstSeen: '2025-01-01',
    days: [{ date: '2026-01-25', hours: 2, locale: 'DE', country: 'DE' }],
  },
  {
    id: 'l_ca',
    firstSeen: '2025-01-01',
    days: [{ date: '2026-01-25', hours: 2, locale: 'EN-CA', country: 'CA' }],
  },
  {
    id: 'm_switch',
    firstSeen: '2025-01-01',
    days: [
      { date: '2026-01-25', hours: 1, country: 'DE' },
      { date: '2026-01-26', hours: 1, locale: 'DE' },
    ],
  },
  {
    id: 'n_beta',
    firstSeen: '2025-01-01',
    days: [{ date: '2026-01-25', hours: 1, channel: 'beta' }],
  },
  {
    id: 'o_null_locale',
    firstSeen: '2025-01-01',
    days: [{ date: '2026-01-25', hours: 1, locale: null }],
  },
];

const DAILY_COLUMNS =
  'client_id VARCHAR, submission_date DATE, ' +
  'locale VARCHAR, country VARCHAR, normalized_channel VARCHAR, ' +
  'active_hours_sum DOUBLE, search_count_all BIGINT';
const LAST_SEEN_COLUMNS =
  'client_id VARCHAR, submission_date DATE, ' +
  'first_seen_date DATE, days_since_seen BIGINT';

export function desktopTables(clients: Client[] = CLIENTS): TableSpec {
  return {
    'telemetry.clients_daily': {
      columns: DAILY_COLUMNS,
      rows: clients.flatMap((client) =>
        client.days.map((day) => dailyRow(client, day)),
      ),
    },
    'telemetry.clients_last_seen': {
      columns: LAST_SEEN_COLUMNS,
      rows: clients.flatMap(lastSeenRows),
    },
  };
}

function dailyRow(client: Client, day: Day): Row {
  return {
    client_id: client.id,
    submission_date: day.date,
    locale: day.locale === undefined ? 'EN-US' : day.locale,
    country: day.country ?? 'US',
    normalized_channel: day.channel ?? 'release',
    active_hours_sum: day.hours ?? 0,
    search_count_all: day.searches ?? 0,
  };
}

/** One row a day, enrollment week plus the days before, like the table. */
function lastSeenRows(client: Client): Row[] {
  const active = client.activeDays ?? client.days.map((day) => day.date);
  const rows: Row[] = [];
  for (let day = 23; day <= 31; day += 1) {
    const date = `2026-01-${day}`;
    if (client.firstSeen !== null && date < client.firstSeen) continue;
    rows.push({
      client_id: client.id,
      submission_date: date,
      first_seen_date: client.firstSeen,
      days_since_seen: active.includes(date) ? 0 : 1,
    });
  }
  return rows;
}
