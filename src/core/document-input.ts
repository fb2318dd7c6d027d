import { IsnadError } from './errors.js';
import type { DocumentInput } from './types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Checks a YYYY-MM-DD date, naming the bad value and where it was. */
export function checkDate(date: string, where?: string): string {
  if (isCalendarDate(date)) return date;
  throw new IsnadError('DATE_INVALID', `not a calendar date in the form YYYY-MM-DD: "${date}"`, where);
}

export interface DocumentLineOptions {
  /** Refuse a text that is empty or only white space (INPUT_EMPTY). */
  requireText?: boolean;
}

/**
 * One JSONL line of the contract (`{id, text, date?, source?, title?, url?}`)
 * → a document input, or an error saying what is wrong and where.
 */
export function parseDocumentLine(line: string, where: string, options: DocumentLineOptions = {}): DocumentInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new IsnadError('JSON_MALFORMED', `not valid JSON: ${(e as Error).message}`, where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IsnadError('JSON_MALFORMED', 'a line must be a JSON object', where);
  }
  const o = value as Record<string, unknown>;
  const text = o['text'];
  if (typeof text !== 'string') throw new IsnadError('JSONL_NO_TEXT', 'the object has no string field "text"', where);
  if (options.requireText && text.trim() === '') throw new IsnadError('INPUT_EMPTY', 'the text is empty', where);
  const input: DocumentInput = { text };
  for (const key of ['id', 'date', 'source', 'title', 'url'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (key === 'id' && typeof v === 'number') input.id = String(v);
    else if (typeof v === 'string') input[key] = v;
    else throw new IsnadError('JSON_MALFORMED', `field "${key}" must be a string`, where);
  }
  if (input.date !== undefined) checkDate(input.date, where);
  return input;
}
