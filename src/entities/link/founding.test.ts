import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Entity } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { nerStage } from '../ner/stage.js';
import { loadKb } from '../kb/load.js';
import { linkEntities } from './build.js';
import { mentionsFor, tokensOf, type MentionSpec } from './testing.js';

const text = readFileSync(new URL('../../../src/entities/link/fixtures/haftar-russia.ar.txt', import.meta.url), 'utf8');

/** The entities of haftar-russia.expected.md: type and the forms that may name each. */
const EXPECTED: [string, string[]][] = [
  ['PER', ['خليفة حفتر']],
  ['PER', ['بشار الأسد']],
  ['PER', ['سيرغي شويغو']],
  ['PER', ['ناطق باسم حفتر']],
  ['ORG', ['رويترز']],
  ['ORG', ['إنترناشيونال بزنس تايمز']],
  ['ORG', ['عربي21']],
  ['ORG', ['الأمم المتحدة']],
  ['ORG', ['الجيش الليبي']],
  ['ORG', ['قوات الكرامة']],
  ['ORG', ['حكومة التوافق']],
  ['ORG', ['قوات البنيان المرصوص']],
  ['ORG', ['تنظيم الدولة']],
  ['GPE', ['ليبيا']],
  ['GPE', ['روسيا']],
  ['GPE', ['سوريا']],
  ['GPE', ['مصر']],
  ['GPE', ['الإمارات العربية']],
  ['GPE', ['سرت']],
  ['LOC', ['البحر الأبيض المتوسط']],
];

const norm = (s: string) => normaliseString(s).replace(/\s+/g, ' ').trim();

function forms(e: Entity): Set<string> {
  return new Set([e.name, ...e.mentions.map((m) => text.slice(m.start, m.end))].map(norm));
}

function check(entities: Entity[]) {
  const unmatched = [...entities];
  for (const [type, names] of EXPECTED) {
    const hits = unmatched.filter((e) => names.some((n) => forms(e).has(norm(n))));
    assert.equal(hits.length, 1, `${names[0]}: ${hits.length} entities (${hits.map((h) => h.name).join(', ')})`);
    const e = hits[0] as Entity;
    assert.equal(e.type, type, `${names[0]} type`);
    unmatched.splice(unmatched.indexOf(e), 1);
  }
  assert.deepEqual(unmatched.map((e) => e.name), [], 'entities beyond the expected ones');

  const by = (n: string) => entities.find((e) => forms(e).has(norm(n))) as Entity;
  const surf = (e: Entity) => e.mentions.map((m) => text.slice(m.start, m.end));
  const haftar = by('خليفة حفتر');
  assert.equal(haftar.name, 'خليفة حفتر');
  assert.equal(surf(haftar)[0], 'خليفة\nحفتر');
  assert.equal(surf(haftar).filter((s) => s === 'حفتر').length, 11);
  assert.ok(haftar.roles?.includes('لواء'));
  const shoigu = by('سيرغي شويغو');
  assert.deepEqual(surf(shoigu), ['سيرغي شويغو', 'شويغو']);
  assert.ok(shoigu.roles?.includes('وزير الدفاع الروسي'));
  const ibt = by('إنترناشيونال بزنس تايمز');
  assert.deepEqual(surf(ibt), ['إنترناشيونال بزنس تايمز', 'إنترناشيونال بزنس تايمز', 'انترناشيونال بزنس تايمز', 'الصحيفة']);
  const spokesman = by('ناطق باسم حفتر');
  assert.deepEqual(surf(spokesman), ['ناطق باسم حفتر', 'المتحدث']);
  const russia = by('روسيا');
  const kinds = (e: Entity, k: string) => e.mentions.filter((m) => m.kind === k).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(kinds(russia, 'capital'), ['موسكو', 'موسكو']);
  assert.deepEqual(kinds(russia, 'adjective'), ['الروسي', 'الروسية', 'الروسي']);
  assert.deepEqual(kinds(by('سوريا'), 'capital'), ['دمشق']);
  assert.deepEqual(kinds(by('سوريا'), 'adjective'), ['السورية']);
  assert.deepEqual(kinds(by('ليبيا'), 'adjective'), ['الليبي', 'الليبي', 'الليبية']);
  assert.equal(by('ليبيا').mentions.filter((m) => m.kind === 'name').length, 10);
  assert.equal(by('رويترز').kb?.id, 'org:reuters');
  assert.equal(by('الأمم المتحدة').kb?.wikidata, 'Q1065');
  assert.deepEqual(entities.map((e) => e.id), entities.map((_, i) => `e${i + 1}`));
  for (const e of entities) for (const m of e.mentions) assert.ok(m.start < m.end && m.end <= text.length);
}

test('founding example, with hand-made tagger output (misses and errors included)', () => {
  const tokens = tokensOf(text);
  const specs: MentionSpec[] = [
    ['خليفة\nحفتر', 'PER'], ['بشار الأسد', 'PER'], ['رويترز', 'ORG'], ['إنترناشيونال بزنس تايمز', 'ORG'],
    ['الأمم المتحدة', 'ORG'], ['البحر الأبيض المتوسط', 'LOC'], ['سيرغي شويغو', 'PER'], ['وشويغو', 'LOC'],
    ['موسكو', 'GPE'], ['دمشق', 'GPE'], ['دولار', 'MISC'], ['الحكومة الانتقالية', 'ORG'], ['قوات البنيان المرصوص', 'ORG'],
    ['سرت', 'GPE'], ['الجيش الليبي', 'ORG'],
  ];
  check(linkEntities(loadKb(), text, tokens, mentionsFor(text, tokens, specs)));
});

test('founding example, with the trained tagger', () => {
  const tokens = tokensOf(text);
  const { mentions } = nerStage.run({ input: { text }, text, layers: { tokens } }).layers;
  check(linkEntities(loadKb(), text, tokens, mentions));
});

test('founding example, with no tagger at all: knowledge-base names only, nothing extra', () => {
  // without the tagger only a person missing from the knowledge base can be lost
  const tokens = tokensOf(text);
  const entities = linkEntities(loadKb(), text, tokens, []);
  const found = EXPECTED.filter(([, names]) => entities.some((e) => names.some((n) => forms(e).has(norm(n)))));
  const missing = EXPECTED.filter((x) => !found.includes(x)).map(([, n]) => n[0]);
  assert.ok(missing.every((n) => n === 'سيرغي شويغو'), missing.join(', '));
  assert.equal(entities.length, found.length);
});
