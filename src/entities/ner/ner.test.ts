import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../../text/segment/segment-text.js';
import { parseConll, repairBio } from './conll.js';
import { allowedTransitionIn, BILOU_LABELS, coarseTag, encodeTags, LABELS, toBio } from './labels.js';
import { bioSpans, SpanScorer } from './metrics.js';
import { LinearModel } from './model.js';
import { stripClitics } from './affixes.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { buildGazetteer, categoryBit, loadGazetteer } from './gazetteer.js';
import { tagTokens } from './tagger.js';
import { findMentions, locOrGpe, nerStage, runs } from './stage.js';
import { train, DEFAULT_SETTINGS } from './trainer.js';
import { mapWikifaneTag } from './wikifane.js';
import { FeatureExtractor } from './features.js';
import { propagate } from './document.js';
import type { Label } from './labels.js';

const ARTICLE = readFileSync(fileURLToPath(new URL('./fixtures/haftar-russia.ar.txt', import.meta.url)), 'utf8');

test('tags from the corpora map to the tag set', () => {
  assert.equal(coarseTag('B-PERS'), 'B-PER');
  assert.equal(coarseTag('I-MIS2'), 'I-MISC');
  assert.equal(coarseTag('B-SPANISH'), 'O');
  assert.equal(mapWikifaneTag('B-Politician'), 'B-PER');
  assert.equal(mapWikifaneTag('I-Nation'), 'I-LOC');
  assert.equal(mapWikifaneTag('B-Group'), 'O');
});

test('CoNLL reader splits sentences and repairs stray I- tags', () => {
  const s = parseConll('\uFEFFا B-PERS\nب I-PERS\n\n\u200Eج\tI-LOC\nد O\n');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]?.tags, ['B-PER', 'I-PER']);
  assert.deepEqual(s[1]?.words, ['ج', 'د']);
  assert.deepEqual(s[1]?.tags, ['B-LOC', 'O']);
  assert.deepEqual(repairBio(['O', 'I-ORG', 'I-PER'] as Label[]), ['O', 'B-ORG', 'B-PER']);
});

test('exact-span scoring counts partial matches as errors', () => {
  assert.deepEqual(bioSpans(['B-PER', 'I-PER', 'O', 'I-LOC']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
  ]);
  const sc = new SpanScorer();
  sc.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
  const m = sc.micro();
  assert.equal(m.precision, 0.5);
  assert.equal(m.recall, 0.5);
});

test('clitic stripping keeps short words and the article', () => {
  assert.deepEqual(stripClitics('بالامم'), { pre: 'ب+ال', stem: 'امم', base: 'الامم' });
  assert.equal(stripClitics('للحكومه').base, 'الحكومه');
  assert.equal(stripClitics('من').stem, 'من');
  assert.equal(stripClitics('وروسيا').base, 'روسيا');
});

test('a small model learns, survives serialisation and decodes valid BIO', () => {
  const data = parseConll(
    ['زار O', 'محمد B-PERS', 'علي I-PERS', 'مدينة O', 'دمشق B-LOC', '', 'قال O', 'محمد B-PERS', 'علي I-PERS', 'في O', 'دمشق B-LOC', ''].join('\n'),
  );
  const settings = { ...DEFAULT_SETTINGS, bits: 12, epochs: 5, oPenalty: 0, features: { gazetteer: false, clusters: false, bigrams: true } };
  const model = train(settings, data, [], {});
  const back = LinearModel.deserialise(model.serialise());
  assert.deepEqual(back.header, model.header);
  assert.deepEqual(Array.from(back.emit), Array.from(model.emit));
  assert.deepEqual(Array.from(back.trans1), Array.from(model.trans1));
  assert.deepEqual(Array.from(back.trans2), Array.from(model.trans2));
  // only the buckets with weights are stored: far smaller than the dense array
  assert.ok(gunzipSync(model.serialise()).length < model.emit.byteLength / 4);
  const raw = gunzipSync(model.serialise());
  assert.throws(() => LinearModel.deserialise(gzipSync(raw.subarray(0, raw.length - 8))), /wrong size/);
  const tagger = { model: back, features: new FeatureExtractor(12, settings.features) };
  assert.deepEqual(tagTokens(['زار', 'محمد', 'علي', 'دمشق'], tagger).slice(1), ['B-PER', 'I-PER', 'B-LOC']);
});

test('BILOU: tags encode and decode back to BIO, and a BILOU model tags in BIO', () => {
  const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG'];
  const bilou = encodeTags(bio, 'bilou');
  assert.deepEqual(bilou, ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'L-ORG']);
  assert.deepEqual(bilou.map(toBio), bio);
  const at = (l: string) => BILOU_LABELS.indexOf(l);
  // an open name must be closed before anything else starts
  assert.equal(allowedTransitionIn(BILOU_LABELS, at('B-PER'), at('O')), false);
  assert.equal(allowedTransitionIn(BILOU_LABELS, at('B-PER'), at('L-PER')), true);
  assert.equal(allowedTransitionIn(BILOU_LABELS, at('B-PER'), at('L-LOC')), false);
  assert.equal(allowedTransitionIn(BILOU_LABELS, at('U-PER'), at('B-LOC')), true);
  assert.equal(allowedTransitionIn(BILOU_LABELS, -1, at('I-PER')), false);
  assert.equal(allowedTransitionIn(LABELS, at('B-PER'), LABELS.indexOf('O')), true);
  const data = parseConll(
    ['زار O', 'محمد B-PERS', 'علي I-PERS', 'مدينة O', 'دمشق B-LOC', '', 'قال O', 'محمد B-PERS', 'علي I-PERS', 'في O', 'دمشق B-LOC', ''].join('\n'),
  );
  const settings = { ...DEFAULT_SETTINGS, bits: 12, epochs: 5, ensemble: 1, oPenalty: 0, scheme: 'bilou' as const, features: { gazetteer: false, clusters: false, bigrams: true } };
  const model = LinearModel.deserialise(train(settings, data, [], {}).serialise());
  assert.equal(model.L, BILOU_LABELS.length);
  const tagger = { model, features: new FeatureExtractor(12, settings.features) };
  assert.deepEqual(tagTokens(['زار', 'محمد', 'علي', 'دمشق'], tagger).slice(1), ['B-PER', 'I-PER', 'B-LOC']);
  // a sentence never ends inside an open name
  const one = model.decode(...((f) => [f.feats, f.offsets, 1] as const)(tagger.features.sentence(['محمد'])));
  assert.ok(!['B-PER', 'I-PER'].includes(BILOU_LABELS[one[0] as number] as string));
});

test('feature augmentation learns from a second domain; the O penalty trades precision for recall', () => {
  const main = parseConll(['زار O', 'محمد B-PERS', 'دمشق B-LOC', '', 'قال O', 'محمد B-PERS', 'في O', 'دمشق B-LOC', ''].join('\n'));
  // the second domain alone knows سعيد as a person
  const extra = parseConll(['قال O', 'سعيد B-PERS', 'في O', 'القاهرة B-LOC', '', 'زار O', 'سعيد B-PERS', 'القاهرة B-LOC', ''].join('\n'));
  const features = { gazetteer: false, clusters: false, bigrams: false };
  const settings = { ...DEFAULT_SETTINGS, bits: 12, epochs: 5, ensemble: 1, oPenalty: 0, features, wikifane: true, augment: true };
  const model = train(settings, main, extra, {});
  const tagger = { model, features: new FeatureExtractor(12, features) };
  assert.deepEqual(tagTokens(['قال', 'سعيد'], tagger), ['O', 'B-PER']);
  assert.deepEqual(tagTokens(['قال', 'محمد'], tagger), ['O', 'B-PER']);
  model.header.oPenalty = 1000;
  assert.ok(tagTokens(['قال', 'محمد', 'في', 'دمشق'], tagger).every((t) => t !== 'O'));
});

test('the committed tagger returns one valid tag per token', () => {
  const words = ['وقال', 'الرئيس', 'الفرنسي', 'إيمانويل', 'ماكرون', 'في', 'باريس', 'إن', '"', 'رويترز', '"', 'ذكرت', '.'];
  const tags = tagTokens(words);
  assert.equal(tags.length, words.length);
  for (const t of tags) assert.ok((LABELS as readonly string[]).includes(t));
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as string;
    if (t.startsWith('I-')) assert.equal((tags[i - 1] as string).slice(2), t.slice(2));
  }
  assert.equal(tags[6], 'B-LOC');
  assert.deepEqual(tagTokens([]), []);
});

test('countries and cities are GPE, seas and mountains LOC', () => {
  const gaz = loadGazetteer();
  assert.equal(locOrGpe(['ليبيا'], gaz), 'GPE');
  assert.equal(locOrGpe(['بليبيا'], gaz), 'GPE');
  assert.equal(locOrGpe(['موسكو'], gaz), 'GPE');
  assert.equal(locOrGpe(['البحر', 'الأبيض', 'المتوسط'], gaz), 'LOC');
  assert.equal(locOrGpe(['جبل', 'الشيخ'], gaz), 'LOC');
  const tiny = buildGazetteer({ country: ['ليبيا'] });
  assert.equal(locOrGpe(['ليبيا'], tiny), 'GPE');
  assert.equal(locOrGpe(['طوباس'], buildGazetteer({ town: ['طوباس'] })), 'GPE');
  assert.equal(locOrGpe(['طوباس'], buildGazetteer({ club: ['طوباس'] })), 'LOC');
});

test('every gazetteer list loads, and the larger lists know towns, clubs, companies, outlets and people', () => {
  const gaz = loadGazetteer();
  const has = (cat: Parameters<typeof categoryBit>[0], entry: string): boolean =>
    ((gaz.full.get(normaliseString(entry)) ?? 0) & categoryBit(cat)) !== 0;
  assert.ok(has('town', 'الكرادة'));
  assert.ok(has('club', 'برشلونة'));
  assert.ok(has('company', 'تويوتا'));
  assert.ok(has('media', 'رويترز'));
  assert.ok(has('celeb', 'نجيب محفوظ'));
  assert.ok(has('misc', 'كأس العالم'));
  assert.ok(has('athlete', 'مورينيو'));
  assert.ok(has('family', 'الغامدي'));
  assert.ok(has('institution', 'حركة كفاية'));
  assert.ok(!has('town', 'برشلونة ريال'));
});

test('a family name seen in a full name is a person on its own', () => {
  const sents = [['قال', 'سيرغي', 'شويغو'], ['التقى', 'حفتر', 'وشويغو']];
  const tagged: Label[][] = [['O', 'B-PER', 'I-PER'], ['O', 'O', 'B-LOC']];
  const out = propagate(sents, tagged, loadGazetteer());
  assert.deepEqual(out[1], ['O', 'O', 'B-PER']);
});

// The founding example: every listed person, organisation and place.
const EXPECTED: [string, string][] = [
  ['PER', 'خليفة\nحفتر'],
  ['PER', 'حفتر'],
  ['PER', 'بشار الأسد'],
  ['PER', 'سيرغي شويغو'],
  ['PER', 'شويغو'],
  ['ORG', 'رويترز'],
  ['ORG', 'إنترناشيونال بزنس تايمز'],
  ['ORG', 'انترناشيونال بزنس تايمز'],
  ['ORG', 'عربي21'],
  ['ORG', 'الأمم المتحدة'],
  ['ORG', 'الجيش الليبي'],
  ['ORG', 'قوات الكرامة'],
  ['ORG', 'حكومة التوافق'],
  ['ORG', 'قوات البنيان المرصوص'],
  ['ORG', 'تنظيم الدولة'],
  ['GPE', 'ليبيا'],
  ['GPE', 'روسيا'],
  ['GPE', 'سوريا'],
  ['GPE', 'موسكو'],
  ['GPE', 'دمشق'],
  ['GPE', 'مصر'],
  ['GPE', 'الإمارات العربية'],
  ['GPE', 'سرت'],
  ['LOC', 'البحر الأبيض المتوسط'],
];

test('the founding example: names, spans and types', () => {
  const tokens = tokenize(ARTICLE);
  const mentions = findMentions(ARTICLE, tokens);
  const found = new Set(mentions.map((m) => `${m.type}|${ARTICLE.slice(m.start, m.end)}`));
  for (const [type, name] of EXPECTED) assert.ok(found.has(`${type}|${name}`), `missing ${type} ${JSON.stringify(name)}`);
  // every occurrence of حفتر is part of a person mention
  const haftar = [...ARTICLE.matchAll(/حفتر/g)].map((m) => m.index ?? 0);
  assert.equal(haftar.length, 12);
  for (const at of haftar) {
    assert.ok(mentions.some((m) => m.type === 'PER' && m.start <= at && at + 4 <= m.end), `حفتر at ${at} not a person`);
  }
  // glued prepositions stay outside: بليبيا → ليبيا
  const bi = ARTICLE.indexOf('بليبيا');
  assert.ok(mentions.some((m) => m.start === bi + 1 && m.end === bi + 6 && m.type === 'GPE'));
  // currencies are not entities; tokens and offsets agree
  assert.ok(!mentions.some((m) => ARTICLE.slice(m.start, m.end) === 'دولار'));
  for (const m of mentions) {
    assert.ok(m.tokenStart < m.tokenEnd);
    assert.equal(m.end, tokens[m.tokenEnd - 1]?.end);
  }
});

test('the stage adds mentions from tokens, line breaks inside names included', () => {
  const text = 'وصل خليفة\nحفتر إلى موسكو.';
  const out = nerStage.run({ input: { text }, text, layers: { tokens: tokenize(text) } });
  const spans = out.layers.mentions.map((m) => [m.type, text.slice(m.start, m.end)]);
  assert.deepEqual(spans, [['PER', 'خليفة\nحفتر'], ['GPE', 'موسكو']]);
});

test('runs ignore unmarked sentence breaks and keep marked ones', () => {
  const text = 'وصل خليفة\nحفتر إلى موسكو. ثم عاد';
  const tokens = tokenize(text).map((t, i) => ({ ...t, sentence: i < 2 ? 0 : i < 6 ? 1 : 2 }));
  assert.deepEqual(runs(text, tokens), [[0, 6], [6, 8]]);
});

test('the committed data match their manifest', async () => {
  const { createHash } = await import('node:crypto');
  const { readDataFile, readDataJson } = await import('../../resources/data-files.js');
  const manifest = readDataJson<{ files: Record<string, { sha256: string }> }>('ner/manifest.json');
  assert.ok(Object.keys(manifest.files).includes('model.bin.gz'));
  for (const [file, entry] of Object.entries(manifest.files)) {
    const sha = createHash('sha256').update(readDataFile(`ner/${file}`)).digest('hex');
    assert.equal(sha, entry.sha256, `data/ner/${file} changed without its manifest`);
  }
});

test('pre-context joins the proclitics of a word with those of its neighbours', () => {
  const plain = new FeatureExtractor(16, { gazetteer: false, clusters: false, bigrams: false });
  const joined = new FeatureExtractor(16, { gazetteer: false, clusters: false, bigrams: false, preContext: true });
  const bucketsAt = (fx: FeatureExtractor, words: string[], t: number): number[] => {
    const { feats, offsets } = fx.sentence(words);
    return Array.from(feats.subarray(offsets[t] as number, offsets[t + 1] as number));
  };
  // two more buckets per token, and they follow the article of the next word
  assert.equal(bucketsAt(joined, ['الهيئة', 'الإسلامية'], 0).length, bucketsAt(plain, ['الهيئة', 'الإسلامية'], 0).length + 2);
  const withArticle = bucketsAt(joined, ['الهيئة', 'الإسلامية'], 0);
  const without = bucketsAt(joined, ['الهيئة', 'إسلامية'], 0);
  const onlyA = withArticle.filter((b) => !without.includes(b));
  const base = bucketsAt(plain, ['الهيئة', 'الإسلامية'], 0);
  assert.ok(onlyA.some((b) => !base.includes(b)), 'a joined bucket changes with the next word\'s article');
});
