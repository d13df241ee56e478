import { createRequire } from "node:module";

/** The dates (local, `YYYY-MM-DD`) on which a calendar is closed all day. */
export interface HolidaySource {
  datesIn(year: number): readonly string[];
  describe(): string;
}

export interface HolidaySpec {
  readonly dates?: readonly string[];
  readonly country?: string;
  readonly region?: string;
  readonly types?: readonly string[];
}

type HolidayLibrary = new (
  country?: string,
  state?: string,
) => { getHolidays(year: number): { date: string; type: string }[] };

let holidayLibrary: HolidayLibrary | undefined;

/** date-holidays is large, so it is loaded only by calendars that name a country. */
function loadHolidayLibrary(): HolidayLibrary {
  holidayLibrary ??= createRequire(import.meta.url)("date-holidays") as HolidayLibrary;
  return holidayLibrary;
}

export function holidaySource(spec: HolidaySpec | undefined): HolidaySource {
  const explicit = [...(spec?.dates ?? [])];
  const country = spec?.country;
  const types = new Set(spec?.types ?? ["public"]);
  const byYear = new Map<number, readonly string[]>();
  return {
    datesIn(year) {
      let dates = byYear.get(year);
      if (dates === undefined) {
        const fromCountry = country === undefined ? [] : countryHolidays(country, spec?.region, types, year);
        dates = [...new Set([...fromCountry, ...explicit.filter((d) => d.startsWith(`${year}-`))])].sort();
        byYear.set(year, dates);
      }
      return dates;
    },
    describe() {
      const parts: string[] = [];
      if (country)
        parts.push(`${[...types].join("/")} holidays of ${country}${spec?.region ? `-${spec.region}` : ""}`);
      if (explicit.length > 0) parts.push(`${explicit.length} listed dates`);
      return parts.length === 0 ? "no holidays" : parts.join(" and ");
    },
  };
}

function countryHolidays(
  country: string,
  region: string | undefined,
  types: Set<string>,
  year: number,
): string[] {
  const Holidays = loadHolidayLibrary();
  return new Holidays(country, region)
    .getHolidays(year)
    .filter((holiday) => types.has(holiday.type))
    .map((holiday) => holiday.date.slice(0, 10));
}

/** Whether date-holidays knows a country (and region), for policy validation. */
export function isKnownHolidayCountry(country: string, region?: string): boolean {
  const Holidays = loadHolidayLibrary() as unknown as new () => {
    getCountries(): Record<string, string>;
    getStates(country: string): Record<string, string> | undefined;
  };
  const library = new Holidays();
  if (!(country in library.getCountries())) return false;
  return region === undefined || region in (library.getStates(country) ?? {});
}
