import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataPath } from '../../resources/data-files.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { ACTOR_FILES, checkActorEntry, validateActorFiles, validateActorPaths, type ActorEntry } from './validate-actors.js';
import { readFileSync } from 'node:fs';

const good: ActorEntry = {
  id: 'per:khalifa-haftar',
  type: 'PER',
  sector: 'MIL',
  name: 'خليفة حفتر',
  aliases: ['حفتر'],
  en: 'Khalifa Haftar',
  country: 'LY',
  roles: ['القائد العام للجيش الوطني الليبي'],
  period: '2015-',
};

test('a well-formed entry passes', () => {
  assert.deepEqual(checkActorEntry(good), []);
});

test('bad entries are rejected, each for its own reason', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ ...good, id: 'Haftar' }, /bad id/],
    [{ ...good, id: 'org:khalifa-haftar' }, /does not match type/],
    [{ ...good, type: 'PERSON' }, /bad type/],
    [{ ...good, sector: 'ARMY' }, /bad sector/],
    [{ ...good, name: 'Khalifa Haftar' }, /not Arabic/],
    [{ ...good, name: '' }, /not Arabic/],
    [{ ...good, aliases: ['خليفه حفتر'] }, /repeats the name/],
    [{ ...good, aliases: ['حفتر', 'حفتر'] }, /repeats/],
    [{ ...good, country: 'LBY' }, /bad country/],
    [{ ...good, country: 'ZZ' }, /bad country/],
    [{ ...good, wikidata: 'q123' }, /bad wikidata/],
    [{ ...good, wikidata: 'Q0' }, /bad wikidata/],
    [{ ...good, roles: [] }, /at least one role/],
    [{ ...good, period: '2019-2014' }, /ends before/],
    [{ ...good, period: 'since 2015' }, /period/],
    [{ ...good, en: '' }, /bad en/],
    [{ ...good, note: 'x' }, /unknown field/],
  ];
  for (const [entry, why] of cases) {
    const problems = checkActorEntry(entry);
    assert.ok(problems.some((p) => why.test(p)), `${JSON.stringify(entry)} → ${problems.join('; ')}`);
  }
  const { aliases: _aliases, ...noAliases } = good;
  assert.ok(checkActorEntry(noAliases).some((p) => /missing field "aliases"/.test(p)));
});

test('duplicate ids and duplicate people across files are errors', () => {
  const other = { ...good, aliases: [], id: 'per:haftar' };
  const r = validateActorFiles([
    { label: 'a', data: [good] },
    { label: 'b', data: [good, other] },
  ]);
  assert.equal(r.entries, 3);
  assert.ok(r.errors.some((e) => /duplicate id/.test(e.message)));
  assert.ok(r.errors.some((e) => e.at.includes('per:haftar') && /duplicate name/.test(e.message)));
  assert.ok(validateActorFiles([{ label: 'x', data: { not: 'an array' } }]).errors.length > 0);
});

test('the shipped actor files are valid', () => {
  const r = validateActorPaths(ACTOR_FILES.map((f) => dataPath(f)));
  assert.deepEqual(r.errors, []);
  assert.ok(r.entries >= 550, `only ${r.entries} entries`);
});

test('the founding example’s actors are present under the forms the text uses', () => {
  const all = ACTOR_FILES.flatMap((f) => JSON.parse(readFileSync(dataPath(f), 'utf8')) as ActorEntry[]);
  const byForm = new Map<string, string[]>();
  for (const e of all) {
    for (const f of [e.name, ...e.aliases]) {
      const n = normaliseString(f);
      byForm.set(n, [...(byForm.get(n) ?? []), e.id]);
    }
  }
  const find = (form: string): string[] => byForm.get(normaliseString(form)) ?? [];
  assert.deepEqual(find('خليفة حفتر'), ['per:khalifa-haftar']);
  assert.deepEqual(find('حفتر'), ['per:khalifa-haftar']);
  assert.deepEqual(find('سيرغي شويغو'), ['per:sergei-shoigu']);
  assert.deepEqual(find('شويغو'), ['per:sergei-shoigu']);
  assert.deepEqual(find('بشار الأسد'), ['per:bashar-al-assad']);
  assert.deepEqual(find('حكومة التوافق'), ['org:gna']);
  assert.deepEqual(find('قوات البنيان المرصوص'), ['org:bunyan-marsous']);
  assert.deepEqual(find('قوات الكرامة'), ['org:karama']);
  assert.deepEqual(find('تنظيم الدولة'), ['org:isis']);
  assert.ok(find('الجيش الليبي').includes('org:lna'));
});
