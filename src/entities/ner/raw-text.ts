import { normaliseString } from '../../text/normalise/normalise.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,][0-9]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of raw text, normalised: runs of letters and digits (with decimal parts), each other mark alone. */
export function normalisedTokens(text: string): string[] {
  return normaliseString(text).match(TOKEN) ?? [];
}
