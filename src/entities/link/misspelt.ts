/**
 * A foreign name written again with two letters swapped (ستافان دي ميستورا
 * … دي ميتسورا) is the same person. Only a long last word, not an Arabic
 * family name with ال, and every other word the same: two real names rarely
 * differ so (السعيد / السعدي are both real, and both carry ال).
 */

/** The shortest last word read as a misspelling. */
const MIN_LETTERS = 6;

/** Whether two words differ by one swap of adjacent letters and nothing else. */
export function swappedLetters(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether the name `words` is the name `full` with its last word misspelt by one swap (دي ميتسورا → دي ميستورا). */
export function misspeltRepeat(words: readonly string[], full: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || full.length !== n) return false;
  for (let k = 0; k < n - 1; k++) if (words[k] !== full[k]) return false;
  const last = words[n - 1] as string;
  return last.length >= MIN_LETTERS && !last.startsWith('ال') && swappedLetters(last, full[n - 1] as string);
}
