const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function validDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** YYYY-MM-DD from an ISO-like date (2020-06-03T03:01+0400, 2020/6/3). */
export function toIsoDate(v: string | undefined | null): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(v);
  if (!m) return undefined;
  const d = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  return validDate(d) ? d : undefined;
}
