import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segmentText } from './segment-text.js';

function sentences(text: string): string[] {
  return segmentText(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('splits at Arabic and Latin final punctuation', () => {
    assert.deepEqual(sentences('قال كذا. ثم ماذا؟ لا شيء! انتهى؛ حقا… نعم'), [
      'قال كذا.', 'ثم ماذا؟', 'لا شيء!', 'انتهى؛', 'حقا…', 'نعم',
    ]);
  });

  it('does not split decimals', () => {
    assert.deepEqual(sentences('بلغ 4.2 مليار. وارتفع ٤٫٢ بالمئة.'), ['بلغ 4.2 مليار.', 'وارتفع ٤٫٢ بالمئة.']);
  });

  it('keeps closing quotes with the sentence they end', () => {
    assert.deepEqual(sentences('قال: "انتهى الأمر." ثم غادر. وقال «لن نعود!» وسكت.'), [
      'قال: "انتهى الأمر."', 'ثم غادر.', 'وقال «لن نعود!»', 'وسكت.',
    ]);
  });

  it('does not end a sentence at an opening quote after a full stop', () => {
    assert.deepEqual(sentences('انتهى. "وبدأ" غيره.'), ['انتهى.', '"وبدأ" غيره.']);
  });

  it('does not split one-letter abbreviations', () => {
    assert.deepEqual(sentences('قال د. أحمد كذا.'), ['قال د. أحمد كذا.']);
    assert.deepEqual(sentences('وأوضح د . علي أن كذا.'), ['وأوضح د . علي أن كذا.']);
    assert.deepEqual(sentences('وقال أ.د. محمد كذا.'), ['وقال أ.د. محمد كذا.']);
  });

  it('does not split at dots glued between letters (dotted acronyms)', () => {
    assert.deepEqual(sentences('قالت شبكة (سي.سي.تي.في) إن الأمر انتهى. ثم عاد.'), [
      'قالت شبكة (سي.سي.تي.في) إن الأمر انتهى.', 'ثم عاد.',
    ]);
  });

  it('does not split after the last dot of a dotted acronym followed by words on the same line', () => {
    assert.deepEqual(sentences('وقالت شبكة إيه.بي.سي. الأمريكية إن الأمر انتهى. ثم عاد.'), [
      'وقالت شبكة إيه.بي.سي. الأمريكية إن الأمر انتهى.', 'ثم عاد.',
    ]);
    assert.deepEqual(sentences('نقلت الخبر شبكة إيه.بي.سي.\nثم عاد.'), ['نقلت الخبر شبكة إيه.بي.سي.', 'ثم عاد.']);
  });

  it('splits where the space after a full stop is missing', () => {
    assert.deepEqual(sentences('وصل الوفد إلى المملكة.وأوضح المتحدث كذا.'), ['وصل الوفد إلى المملكة.', 'وأوضح المتحدث كذا.']);
  });

  it('splits at blank lines and at title lines', () => {
    assert.deepEqual(sentences('عنوان الخبر\nجدة\n\nنص الخبر هنا'), ['عنوان الخبر', 'جدة', 'نص الخبر هنا']);
  });

  it('joins hard-wrapped lines: the founding example opens with one sentence over three line breaks', () => {
    const text = readFileSync(new URL('../../../src/text/segment/fixtures/haftar-russia.ar.txt', import.meta.url), 'utf8');
    const seg = segmentText(text);
    const first = text.slice(seg.sentences[0]!.start, seg.sentences[0]!.end);
    assert.ok(first.startsWith('أفادت تقارير غربية'));
    assert.equal(first.split('\n').length, 4, 'three line breaks inside the first sentence');
    assert.ok(first.includes('خليفة\nحفتر'));
    // Seven paragraphs: the wrapped opening (four lines) and six one-line ones.
    assert.equal(seg.paragraphs.length, 7);
  });

  it('assigns every token to the sentence that contains it', () => {
    const seg = segmentText('أ ب. ج د؟ هـ');
    for (const tok of seg.tokens) {
      const s = seg.sentences[tok.sentence]!;
      assert.ok(tok.start >= s.start && tok.end <= s.end);
    }
  });
});
