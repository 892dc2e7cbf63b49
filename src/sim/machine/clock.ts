/** The scenario clock: minutes since 2018-01-01T00:00 Hanoi time, from the content's ISO times. */
const EPOCH = Date.UTC(2018, 0, 1);

export function toMinutes(iso: string): number {
  const m = /^(20\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(iso);
  if (!m) throw new Error(`bad scenario time ${iso}`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  return (Date.UTC(year, month - 1, day, hour, minute) - EPOCH) / 60_000;
}

export function toIso(minutes: number): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440) + EPOCH / 86_400_000;
  const time = total - Math.floor(total / 1440) * 1440;
  const [year, month, day] = civilFromDays(days);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}T${p(Math.floor(time / 60))}:${p(time % 60)}`;
}

/** Days since 1970-01-01 to a proleptic Gregorian date (Hinnant's algorithm; no Date object needed). */
function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The schedule of 28 February that drives time pressure (hanoi-dossier.md §1b). */
export const SCHEDULE = {
  expandedMeeting: toMinutes('2019-02-28T11:03'),
  workingLunch: toMinutes('2019-02-28T11:55'),
  signing: toMinutes('2019-02-28T14:05'),
} as const;

/** Normalised negotiating time: 0 when the expanded meeting opens, 1 at the signing slot. */
export function summitTime(clock: number): number {
  const t = (clock - SCHEDULE.expandedMeeting) / (SCHEDULE.signing - SCHEDULE.expandedMeeting);
  return t < 0 ? 0 : Math.min(t, 1);
}

/** Scenario minutes one offer at the table takes. */
export const MINUTES_PER_OFFER = 7;

interface TableClock {
  readonly span: { readonly start: number; readonly end: number; readonly minutesPerOffer: number } | null;
}

/**
 * Normalised negotiating time at a table: the summit's (`summitTime`) at the summit's tables, and from
 * 0 when it opened to 1 when it closes at a follow-up table with a span of its own.
 */
export function tableTime(table: TableClock | null, clock: number): number {
  const w = table?.span;
  if (!w) return summitTime(clock);
  const t = (clock - w.start) / (w.end - w.start);
  return t < 0 ? 0 : Math.min(t, 1);
}

/** Scenario minutes one offer takes at this table. */
export const offerMinutes = (table: TableClock | null): number => table?.span?.minutesPerOffer ?? MINUTES_PER_OFFER;
