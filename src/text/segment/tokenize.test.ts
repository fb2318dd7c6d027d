import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './segment-text.js';

function surface(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);
}

describe('tokenize', () => {
  const cases: Array<[string, string[]]> = [
    ['قال حفتر، إن', ['قال/word', 'حفتر/word', '،/punct', 'إن/word']],
    ['موقع عربي21 نشر', ['موقع/word', 'عربي21/word', 'نشر/word']],
    ['بلغت 4.2 مليار', ['بلغت/word', '4.2/number', 'مليار/word']],
    ['بلغت ٤٫٢ مليار', ['بلغت/word', '٤٫٢/number', 'مليار/word']],
    ['نحو 12,500 شخص و۱۵٬۰۰۰', ['نحو/word', '12,500/number', 'شخص/word', 'و/word', '۱۵٬۰۰۰/number']],
    ['وب3 ملايين', ['وب/word', '3/number', 'ملايين/word']],
    ['سنة 2015.', ['سنة/word', '2015/number', './punct']],
    ['وكالة Reuters قالت', ['وكالة/word', 'Reuters/latin', 'قالت/word']],
    ['فيروس COVID-19 انتشر', ['فيروس/word', 'COVID-19/latin', 'انتشر/word']],
    ['زوروا https://example.com/a?b=1، الآن', ['زوروا/word', 'https://example.com/a?b=1/url', '،/punct', 'الآن/word']],
    ['راسلونا على info@example.org.', ['راسلونا/word', 'على/word', 'info@example.org/email', './punct']],
    ['وسم #ليبيا و@user', ['وسم/word', '#ليبيا/hashtag', 'و/word', '@user/mention']],
    ['ماذا؟؟ حقا...', ['ماذا/word', '؟؟/punct', 'حقا/word', '.../punct']],
    ['«الشرق الأوسط»', ['«/punct', 'الشرق/word', 'الأوسط/word', '»/punct']],
    ['"رويترز"', ['"/punct', 'رويترز/word', '"/punct']],
    ['الـــعربية', ['الـــعربية/word']],
    ['كَتَبَ', ['كَتَبَ/word']],
    ['حرف\u200fمخفي', ['حرف\u200fمخفي/word']],
    ['50% من', ['50/number', '%/punct', 'من/word']],
    ['سعر $5', ['سعر/word', '$/symbol', '5/number']],
  ];
  for (const [text, expected] of cases) {
    it(`tokenises ${JSON.stringify(text)}`, () => assert.deepEqual(kinds(text), expected));
  }

  it('keeps offsets right around astral emoji', () => {
    const text = 'رائع 😀👍 جدا';
    const toks = tokenize(text);
    assert.deepEqual(surface(text), ['رائع', '😀', '👍', 'جدا']);
    assert.equal(toks[3]!.start, text.indexOf('جدا'));
  });

  it('gives normalised forms', () => {
    const toks = tokenize('إلى المكتبةِ ٣');
    assert.deepEqual(toks.map((t) => t.norm), ['الي', 'المكتبه', '3']);
  });

  it('returns nothing for empty or blank input', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(' \n\t '), []);
  });

  it('handles text that is only punctuation or only Latin', () => {
    assert.deepEqual(surface('!!! ... ؟'), ['!!!', '...', '؟']);
    assert.deepEqual(surface('Only Latin words here'), ['Only', 'Latin', 'words', 'here']);
  });

  it('handles a very long single line quickly and correctly', () => {
    const line = 'كلمة '.repeat(400_000);
    const t0 = Date.now();
    const toks = tokenize(line);
    assert.equal(toks.length, 400_000);
    assert.equal(toks[399_999]!.end, line.length - 1);
    assert.ok(Date.now() - t0 < 10_000);
  });
});
