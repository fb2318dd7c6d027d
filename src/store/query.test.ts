import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeSnippet, matchSpans, matchSpansByWord, parseQuery, toFtsExpression } from './query.js';

describe('search queries', () => {
  it('parses words, phrases and OR into folded clauses', () => {
    assert.deepEqual(parseQuery('وروسيا "المشير خليفة حفتر" النفط OR الغاز').clauses, [
      [['روسيا']], [['مشير', 'خليفه', 'حفتر']], [['نفط'], ['غاز']],
    ]);
    assert.equal(toFtsExpression(parseQuery('روسيا ليبيا')), '("روسيا") AND ("ليبيا")');
  });

  it('adds nisba variants only on request', () => {
    assert.equal(parseQuery('روسيا').clauses[0]?.length, 1);
    assert.ok((parseQuery('روسيا', true).clauses[0]?.length ?? 0) > 1);
  });

  it('rejects queries with nothing to search', () => {
    assert.throws(() => parseQuery('" " ، .'), /no searchable word/);
  });

  it('matches phrases as sequences and maps them to the original text', () => {
    const text = 'قالَ المشيرُ خليفة حفتر إن خليفة آخر لم يقل حفتر.';
    const spans = matchSpans(text, parseQuery('"خليفة حفتر"'));
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['خليفة حفتر']);
  });

  it('finds the same spans as folding every word of the text', () => {
    const pieces = ['روسيا', 'وروسيا', 'لرُوسيا', 'الروسي', 'خليفة', 'حفتر', 'ـ', 'أحمد', 'إلى', 'مستشفى', 'Putin', 'PUTIN',
      '😀', '١٢', '12', ' ', ' ', '، ', '.', '\n', 'ـحفتر', 'İstanbul', 'كذا'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    const query = fc.array(fc.constantFrom('روسيا', 'حفتر', '"خليفة حفتر"', 'putin', 'أحمد', '12', 'مستشفى', 'OR'), { minLength: 1, maxLength: 3 })
      .map((a) => a.join(' ')).filter((q) => q.split(' ').some((w) => w !== 'OR'));
    fc.assert(fc.property(text, query, fc.boolean(), (t, q, expand) => {
      const pq = parseQuery(q, expand);
      assert.deepEqual(matchSpans(t, pq), matchSpansByWord(t, pq));
    }), { numRuns: 400 });
  });

  it('cuts a snippet around the densest matches, with highlights inside it', () => {
    const filler = 'كلام '.repeat(100);
    const text = `${filler}روسيا وليبيا وروسيا ${filler}`;
    const spans = matchSpans(text, parseQuery('روسيا'));
    const sn = makeSnippet(text, spans, 120);
    assert.equal(sn.highlights.length, 2);
    for (const h of sn.highlights) assert.equal(text.slice(sn.snippetStart + h.start, sn.snippetStart + h.end), sn.snippet.slice(h.start, h.end));
    assert.ok(sn.snippet.length <= 160);
    assert.ok(sn.snippetStart > 0);
  });
});
