/**
 * Character classes of the tokenizer, one byte per BMP code unit, computed
 * once. Astral characters (surrogate pairs) are classed at the call site.
 */
export const enum CharClass {
  Other = 0,
  Space = 1,
  Arabic = 2,
  Digit = 3,
  Latin = 4,
  Punct = 5,
  HighSurrogate = 6,
  LowSurrogate = 7,
  Newline = 8,
}

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const punct = /\p{P}/u;
  const space = /\s/u;
  const letter = /\p{L}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) t[c] = CharClass.HighSurrogate;
    else if (c >= 0xdc00 && c <= 0xdfff) t[c] = CharClass.LowSurrogate;
    else {
      const ch = String.fromCharCode(c);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) t[c] = CharClass.Newline;
      else if (space.test(ch)) t[c] = CharClass.Space;
      else if (c >= 0x30 && c <= 0x39) t[c] = CharClass.Digit;
      else if (isArabicLetter(c)) t[c] = CharClass.Arabic;
      else if (punct.test(ch)) t[c] = CharClass.Punct;
      else if (letter.test(ch)) t[c] = CharClass.Latin;
    }
  }
  return t;
}

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    // Diacritics and tatweel, when the normaliser keeps them.
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640
  );
}

export const CHAR_CLASS: Uint8Array = build();
