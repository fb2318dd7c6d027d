import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalise, normaliseString } from '../normalise/normalise.js';
import { createSegmenter, parseLexicon, segmentsOf, segmentWord, type SegmentPiece } from './clitics.js';

const joined = (pieces: readonly SegmentPiece[]) => pieces.map((p) => p.form).join('+');
const seg = (word: string) => joined(segmentWord(normaliseString(word)));

// Written as in text; the segmenter sees the default-normalised form (ة→ه, ى→ي, أ→ا).
const CASES: [string, string, string][] = [
  // proclitics
  ['و', 'وقال', 'و+قال'],
  ['و before a pronoun', 'وهو', 'و+هو'],
  ['و before a particle', 'وقد', 'و+قد'],
  ['ف', 'فإن', 'ف+ان'],
  ['ف before a verb', 'فقال', 'ف+قال'],
  ['ب', 'بشكل', 'ب+شكل'],
  ['ب before a name', 'بلندن', 'ب+لندن'],
  ['ل', 'لذلك', 'ل+ذلك'],
  ['ل before a verb', 'ليكون', 'ل+يكون'],
  ['ك', 'كرئيس', 'ك+رئيس'],
  ['س', 'سيكون', 'س+يكون'],
  ['س with ت', 'ستكون', 'س+تكون'],
  ['ال', 'الحكومة', 'ال+حكومه'],
  ['لل is ل+ال', 'للحكومة', 'ل+ال+حكومه'],
  ['و+ب+ال', 'وبالمليارات', 'و+ب+ال+مليارات'],
  ['و+ال', 'والإمارات', 'و+ال+امارات'],
  ['ف+ال', 'فالحكومة', 'ف+ال+حكومه'],
  ['و+ل+ال', 'وللحكومة', 'و+ل+ال+حكومه'],
  ['ك+ال', 'كالعادة', 'ك+ال+عاده'],
  ['ب+ال before an unknown stem', 'بالكوبالتات', 'ب+ال+كوبالتات'],
  ['ل+الله', 'لله', 'ل+الله'],
  ['ل+الذي', 'للذي', 'ل+الذي'],
  // enclitics
  ['ه', 'لصالحه', 'ل+صالح+ه'],
  ['ه after ت (ة)', 'مدينته', 'مدينت+ه'],
  ['ها', 'منها', 'من+ها'],
  ['هما', 'بينهما', 'بين+هما'],
  ['هم', 'عليهم', 'علي+هم'],
  ['هم on a verb', 'أنفسهم', 'انفس+هم'],
  ['ها on إلى', 'إليها', 'الي+ها'],
  ['نا', 'يمكننا', 'يمكن+نا'],
  ['ني', 'إنني', 'ان+ني'],
  ['كم', 'منكم', 'من+كم'],
  ['ي', 'حياتي', 'حيات+ي'],
  ['ه on أن', 'لأنه', 'ل+ان+ه'],
  ['و+…+ها', 'وسيارتها', 'و+سيارت+ها'],
  ['preposition hosting a pronoun', 'له', 'ل+ه'],
  ['ب hosting a pronoun', 'بها', 'ب+ها'],
  ['و+ل+هم', 'ولهم', 'و+ل+هم'],
  // guards: real stems that look like clitic + stem
  ['guard وزير', 'وزير', 'وزير'],
  ['guard بشار', 'بشار', 'بشار'],
  ['guard كامل', 'كامل', 'كامل'],
  ['guard فيلم', 'فيلم', 'فيلم'],
  ['guard ليبيا', 'ليبيا', 'ليبيا'],
  ['guard والي', 'والي', 'والي'],
  ['guard فيصل', 'فيصل', 'فيصل'],
  ['guard كلمة', 'كلمة', 'كلمه'],
  ['guard بلد', 'بلد', 'بلد'],
  ['guard سوريا', 'سوريا', 'سوريا'],
  ['guard لبنان', 'لبنان', 'لبنان'],
  ['guard ولاية', 'ولاية', 'ولايه'],
  ['guard دولة (not دول+ه)', 'دولة', 'دوله'],
  ['guard عربي (not عرب+ي)', 'عربي', 'عربي'],
  ['guard هناك (not هنا+ك)', 'هناك', 'هناك'],
  ['guard كان (not ك+ان)', 'كان', 'كان'],
  ['guard لكن', 'لكن', 'لكن'],
  ['guard الذي (no article)', 'الذي', 'الذي'],
  ['guard الله', 'الله', 'الله'],
  ['guard سيارة (not س+)', 'سيارة', 'سياره'],
  ['guard لن (no one-letter stem)', 'لن', 'لن'],
  ['guard بين', 'بين', 'بين'],
  ['guard فقط', 'فقط', 'فقط'],
];

describe('segmentWord', () => {
  for (const [name, word, expected] of CASES) {
    it(`${name}: ${word} → ${expected}`, () => assert.equal(seg(word), expected));
  }

  it('gives offsets into the normalised word; ل and ال of لل both cover لل', () => {
    const p = segmentWord('للحكومه');
    assert.deepEqual(
      p.map((x) => [x.form, x.role, x.start, x.end]),
      [
        ['ل', 'proclitic', 0, 2],
        ['ال', 'proclitic', 0, 2],
        ['حكومه', 'stem', 2, 7],
      ],
    );
  });

  it('tiles the word with its pieces when the spelling is unchanged', () => {
    for (const w of ['وبالمليارات', 'لصالحه', 'وسيارتها', 'فالحكومه']) {
      const p = segmentWord(w);
      assert.equal(p.map((x) => w.slice(x.start, x.end)).join(''), w);
      assert.equal(p.filter((x) => x.role === 'stem').length, 1, w);
      for (const x of p) assert.equal(x.form, w.slice(x.start, x.end));
    }
  });

  it('roles: proclitics, then one stem, then an enclitic', () => {
    const p = segmentWord('وبمدينته');
    assert.deepEqual(
      p.map((x) => x.role),
      ['proclitic', 'proclitic', 'stem', 'enclitic'],
    );
  });

  it('a final ة in the original forbids reading ه as a pronoun', () => {
    // كتابه: his book (كتاب+ه) or writing (كتابة); the original spelling decides.
    assert.equal(joined(segmentWord('كتابه', true)), 'كتابه');
    assert.equal(joined(segmentWord('كتابه', false)), 'كتاب+ه');
  });

  it('leaves words with non-letters whole', () => {
    assert.equal(joined(segmentWord('عربي21')), 'عربي21');
    assert.equal(joined(segmentWord('hello')), 'hello');
  });

  it('caches results per form', () => {
    assert.equal(segmentWord('وقال'), segmentWord('وقال'));
  });
});

describe('createSegmenter with a small lexicon', () => {
  const lex = parseLexicon(['قال\t100', 'وقال\t80', 'وزير\t100', 'الوزير\t90', 'لوزير\t10', 'زير\t3', 'شكل\t50', 'بشكل\t200'].join('\n'));
  const s = createSegmenter(lex);
  it('splits a clitic before an attested stem when the word takes no clitics itself', () => {
    assert.equal(joined(s.segment('وقال')), 'و+قال');
    assert.equal(joined(s.segment('بشكل')), 'ب+شكل');
  });
  it('keeps a word that takes clitics itself', () => {
    assert.equal(joined(s.segment('وزير')), 'وزير');
  });
  it('a final ة in the original forbids an ه pronoun; the corpus spelling weighs when unknown', () => {
    const l2 = parseLexicon(['كتاب\t100', 'كتابه\t60\t60', 'الكتاب\t50'].join('\n'));
    const s2 = createSegmenter(l2);
    assert.equal(joined(s2.segment('كتابه', true)), 'كتابه');
    assert.equal(joined(s2.segment('كتابه', false)), 'كتاب+ه');
    assert.equal(joined(s2.segment('كتابه')), 'كتابه');
  });
  it('does not split before an unattested stem of a known word', () => {
    assert.equal(joined(s.segment('قال')), 'قال');
  });
});

describe('segmentsOf', () => {
  it('maps pieces to original offsets, diacritics included', () => {
    const text = 'قال وَلِلحُكومَةِ';
    const view = normalise(text);
    const start = view.text.indexOf('ول');
    const segs = segmentsOf(view, start, view.text.length);
    assert.deepEqual(
      segs.map((s) => [s.form, text.slice(s.start, s.end)]),
      [
        ['و', 'وَ'],
        ['ل', 'لِلحُ'.slice(0, 3)],
        ['ال', 'لِلحُ'.slice(0, 3)],
        ['حكومه', 'حُكومَةِ'],
      ],
    );
  });
});
