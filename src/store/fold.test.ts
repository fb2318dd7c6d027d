import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldQueryText, foldText, foldWord, nisbaVariants } from './fold.js';

describe('search folding', () => {
  it('strips proclitics so that a name and its cliticised forms are one term', () => {
    for (const w of ['روسيا', 'وروسيا', 'لروسيا', 'بروسيا', 'فروسيا', 'وبروسيا']) assert.equal(foldWord(w), 'روسيا', w);
    assert.equal(foldWord('الحكومه'), 'حكومه');
    assert.equal(foldWord('للحكومه'), 'حكومه');
    assert.equal(foldWord('بالحكومه'), 'حكومه');
    assert.equal(foldWord('والحكومه'), 'حكومه');
  });

  it('leaves short words whole', () => {
    for (const w of ['ولد', 'بيت', 'لم', 'في', 'كل']) assert.equal(foldWord(w), w);
  });

  it('strips enclitics, and keeps words whose first letter only looks like a clitic', () => {
    assert.equal(foldWord('حكومتها'), 'حكومت');
    assert.equal(foldWord('لصالحه'), 'صالح');
    assert.equal(foldWord('منها'), 'من');
    for (const w of ['ليبيا', 'لبنان', 'وزير', 'بريطانيا', 'كندا', 'فلسطين']) assert.equal(foldWord(w), w);
  });

  it('lowercases Latin and keeps digits', () => {
    assert.equal(foldWord('Reuters'), 'reuters');
    assert.equal(foldWord('2019'), '2019');
  });

  it('maps every term back to the original text, through diacritics, hamza forms and digits', () => {
    const text = 'قالَ مُتحدّث: إنّ لرُوسيا ٣ قواعد في «ليبيا».';
    const terms = foldText(text);
    const by = new Map(terms.map((t) => [t.term, text.slice(t.start, t.end)]));
    assert.equal(by.get('روسيا'), 'لرُوسيا');
    assert.equal(by.get('3'), '٣');
    assert.equal(by.get('ان'), 'إنّ');
    assert.equal(by.get('ليبيا'), 'ليبيا');
    for (const t of terms) assert.ok(t.start < t.end && t.end <= text.length);
  });

  it('folds queries exactly as the index', () => {
    const text = 'وبالمليارات أعلنت الحكومةُ';
    assert.deepEqual(foldQueryText(text), foldText(text).map((t) => t.term));
  });

  it('gives nisba variants of a place name', () => {
    assert.ok(nisbaVariants('روسيا').includes('روسي'));
    assert.ok(nisbaVariants('روسيا').includes('روسيه'));
    assert.ok(nisbaVariants('مصر').includes('مصري'));
    assert.ok(!nisbaVariants('روسيا').includes('روسيا'));
    assert.deepEqual(nisbaVariants('reuters'), []);
  });
});
