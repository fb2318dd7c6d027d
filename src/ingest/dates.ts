import { isCalendarDate } from '../core/document-input.js';

/** True for a real calendar date written YYYY-MM-DD. */
export { isCalendarDate as validDate };

/** Month names as pages write them: Arabic (Egyptian/Gulf and Levantine), English. */
const MONTHS: Record<string, number> = {
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'ابريل': 4, 'أبريل': 4, 'إبريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6,
  'يوليو': 7, 'يوليه': 7, 'اغسطس': 8, 'أغسطس': 8, 'سبتمبر': 9, 'اكتوبر': 10, 'أكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
  'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'اذار': 3, 'نيسان': 4, 'أيار': 5, 'ايار': 5, 'حزيران': 6, 'تموز': 7,
  'آب': 8, 'اب': 8, 'أيلول': 9, 'ايلول': 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  'كانون الاول': 12,
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})[\\s\\-/.،,]*(${MONTH_ALT})[a-z]*[\\s\\-/.،,]*(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_ALT})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');

function ymd(y: string | number, m: string | number, d: string | number): string | undefined {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(s) ? s : undefined;
}

/**
 * YYYY-MM-DD from a date as pages and feeds write it: ISO-like
 * (2020-06-03T03:01+0400, 2020/6/3), or with a month name
 * (الأربعاء، 07 أكتوبر 2020 - 12:09 م, 24 نيسان 2020, November 9, 2020, 10-Nov-2000).
 */
export function toIsoDate(v: string | undefined | null): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
  const iso = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(t);
  if (iso) return ymd(iso[1] as string, iso[2] as string, iso[3] as string);
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) {
    const m = MONTHS[(dmy[2] as string).toLowerCase()];
    if (m !== undefined) return ymd(dmy[3] as string, m, dmy[1] as string);
  }
  const mdy = MONTH_DAY_YEAR.exec(t);
  if (mdy) {
    const m = MONTHS[(mdy[1] as string).toLowerCase()];
    if (m !== undefined) return ymd(mdy[3] as string, m, mdy[2] as string);
  }
  return undefined;
}
