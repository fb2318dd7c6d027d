import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t, []).map((x) => `${x.cue} | ${x.source} | ${x.stance}`);

test('ولم يذكر المصدر الموعد المحدد: a definite noun of information after the subject is what was not told', () => {
  const t = 'وأعلن النادي التعاقد مع مدرب جديد. ولم يذكر المصدر الموعد المحدد لوصوله إلى المدينة.';
  assert.ok(views(t).includes('ولم يذكر | المصدر | none'), views(t).join('\n'));
});

test('ولم يبين المسؤول (45 عاما) الأسباب: an age in parentheses belongs to the subject', () => {
  const t = 'ولم يبين المسؤول (45 عاما) الأسباب التي دفعته إلى الاستقالة.';
  const v = views(t).find((x) => x.startsWith('ولم يبين'));
  assert.ok(v !== undefined && v.includes('المسؤول') && v.endsWith('none'), views(t).join('\n'));
});
