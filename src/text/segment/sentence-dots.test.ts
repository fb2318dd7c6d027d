import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from './segment-text.js';

function sentences(text: string): string[] {
  return segmentText(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('dots inside names, initials and spaced acronyms', () => {
  it('does not split at a dot inside a short bracketed or quoted name', () => {
    assert.deepEqual(sentences('وقال محلل لدى «كيو. إنفست كابيتال» إن السوق هادئة. ثم عاد.'), [
      'وقال محلل لدى «كيو. إنفست كابيتال» إن السوق هادئة.', 'ثم عاد.',
    ]);
    assert.deepEqual(sentences('وذكر المكتب (إف. بي. أي.) أن التحقيق مستمر. ثم عاد.'), [
      'وذكر المكتب (إف. بي. أي.) أن التحقيق مستمر.', 'ثم عاد.',
    ]);
  });

  it('still splits inside a quotation that holds whole sentences', () => {
    assert.deepEqual(sentences('وقال: «نحن نعمل بجد كل يوم. والنتائج ستظهر قريبا».'), [
      'وقال: «نحن نعمل بجد كل يوم.', 'والنتائج ستظهر قريبا».',
    ]);
  });

  it('does not split after a Latin initial spelled in Arabic between a first name and a surname', () => {
    assert.deepEqual(sentences('وصرح توماس جيه. ميلر للصحفيين بأن الخطة جاهزة. ثم عاد.'), [
      'وصرح توماس جيه. ميلر للصحفيين بأن الخطة جاهزة.', 'ثم عاد.',
    ]);
  });

  it('does not split inside an acronym spelled with a dot and a space after each letter', () => {
    assert.deepEqual(sentences('وأفادت شبكة إن. بي. سي. الأمريكية بأن الجلسة تأجلت. ثم عاد.'), [
      'وأفادت شبكة إن. بي. سي. الأمريكية بأن الجلسة تأجلت.', 'ثم عاد.',
    ]);
  });

  it('still splits after a letter-like word that ends a sentence', () => {
    assert.deepEqual(sentences('كان الجميع يثق بي. وبعد ذلك تغير كل شيء.'), ['كان الجميع يثق بي.', 'وبعد ذلك تغير كل شيء.']);
    assert.deepEqual(sentences('عقد الاجتماع في واشنطن دي سي. وحضره الوزراء.'), ['عقد الاجتماع في واشنطن دي سي.', 'وحضره الوزراء.']);
  });
});
