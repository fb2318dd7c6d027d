import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from './segment-text.js';

const sentences = (text: string): string[] => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));
const words = (text: string): string[] => segmentText(text).tokens.map((t) => text.slice(t.start, t.end));

describe('a site named in Arabic with its domain (العربية.نت)', () => {
  it('is one word, and its dot ends no sentence', () => {
    const t = 'وأكد مصدر دبلوماسي للعربية.نت أن المفاوضات ستستأنف الأسبوع المقبل.';
    assert.deepEqual(sentences(t), [t]);
    assert.ok(words(t).includes('للعربية.نت'));
    assert.ok(words('عبر موقع «سوق.كوم»، خلال أسبوع').includes('سوق.كوم'));
  });

  it('a full stop with a missing space still ends the sentence (المملكة.وأوضح، المدينة.نتائج)', () => {
    assert.deepEqual(sentences('وصل الوفد إلى المملكة.وأوضح المتحدث أن الزيارة ناجحة.'), ['وصل الوفد إلى المملكة.', 'وأوضح المتحدث أن الزيارة ناجحة.']);
    assert.ok(!words('أعلنت المدينة.نتائج الفحص جيدة.').includes('المدينة.نتائج'));
  });
});
