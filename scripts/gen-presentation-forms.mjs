// Writes data/normalise/presentation-forms.json: each Arabic presentation form
// (U+FB50–U+FDFF, U+FE70–U+FEFF) with its compatibility decomposition, as
// Unicode defines it (NFKC). Run once when the Unicode version changes.
import { writeFileSync } from 'node:fs';

const out = {};
for (const [lo, hi] of [[0xfb50, 0xfdff], [0xfe70, 0xfefe]]) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp);
    const folded = ch.normalize('NFKC');
    if (folded !== ch) out[ch] = folded;
  }
}
writeFileSync(new URL('../data/normalise/presentation-forms.json', import.meta.url), JSON.stringify(out, null, 0) + '\n');
console.log(`${Object.keys(out).length} presentation forms`);
