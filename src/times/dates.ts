/**
 * Calendar arithmetic for resolving times: days in UTC, ISO weeks, and the
 * Hijri calendar (Umm al-Qura through Intl where the runtime has it, the
 * tabular Islamic calendar otherwise).
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a YYYY-MM-DD document date; undefined when absent or not a calendar date. */
export function parseDocDate(s: string | undefined): Ymd | undefined {
  if (s === undefined) return undefined;
  const m = DATE.exec(s);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : undefined;
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const DAY_MS = 86_400_000;

export function toDayNumber({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addMonths(date: Ymd, months: number): { y: number; m: number } {
  const k = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtDay({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** The ISO 8601 week of a day, as YYYY-Www. */
export function isoWeek(date: Ymd): string {
  const n = toDayNumber(date);
  const wd = (weekday(date) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(n - wd + 3);
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toDayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

// ---------------------------------------------------------------- Hijri

/** Tabular Islamic calendar (civil epoch): the day number of a Hijri date. */
function tabularHijriToDayNumber(y: number, m: number, d: number): number {
  const jd = Math.floor((11 * y + 3) / 30) + 354 * y + 30 * m - Math.floor((m - 1) / 2) + d + 1948440 - 385;
  // Julian day → days since 1970-01-01.
  return jd - 2440588;
}

let umalqura: Intl.DateTimeFormat | null | undefined;

function umalquraFormat(): Intl.DateTimeFormat | null {
  if (umalqura !== undefined) return umalqura;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC',
    });
    umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    umalqura = null;
  }
  return umalqura;
}

/** The Umm al-Qura Hijri date of a day number, when the runtime supports it. */
export function dayNumberToHijri(n: number): Ymd | undefined {
  const f = umalquraFormat();
  if (!f) return undefined;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(new Date(n * DAY_MS))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return y > 0 ? { y, m, d } : undefined;
}

/**
 * Converts a Hijri date to the Gregorian calendar: Umm al-Qura when the
 * runtime supports it (the official Saudi calendar), the tabular calendar
 * otherwise. Undefined for an impossible date.
 */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1) return undefined;
  const guess = tabularHijriToDayNumber(y, m, d);
  if (umalquraFormat()) {
    for (let delta = 0; delta <= 4; delta++) {
      for (const sign of delta === 0 ? [0] : [-1, 1]) {
        const n = guess + sign * delta;
        const h = dayNumberToHijri(n);
        if (h && h.y === y && h.m === m && h.d === d) return fromDayNumber(n);
      }
    }
    // Day 30 of a 29-day month, or outside the Umm al-Qura range.
    if (d === 30) return undefined;
  }
  return fromDayNumber(guess);
}

/** The Gregorian year in which most of a Hijri year falls (its middle). */
export function hijriYearToGregorian(y: number): number {
  return fromDayNumber(tabularHijriToDayNumber(y, 6, 29)).y;
}

/** The Gregorian year and month holding the 15th of a Hijri month. */
export function hijriMonthToGregorian(y: number, m: number): { y: number; m: number } {
  const g = hijriToGregorian(y, m, 15) ?? fromDayNumber(tabularHijriToDayNumber(y, m, 15));
  return { y: g.y, m: g.m };
}
