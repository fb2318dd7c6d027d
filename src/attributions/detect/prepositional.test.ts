import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const views = (t: string, bodies: string[] = []): { cue: string; source: string; kind: string; content: string }[] => {
  const ents = entitiesBySurface(t, bodies.map((name, k) => ({ id: `o${k}`, type: 'ORG' as const, name, forms: [name] })));
  return attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), kind: a.source.kind, content: spanText(t, a.content) }));
};

test('the estimates of a named body after وفقا لـ name that body: a named source', () => {
  const t = 'ووفقا لتقديرات البنك الدولي فإن النمو سيتباطأ في العام المقبل.';
  const v = views(t, ['البنك الدولي']);
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'تقديرات البنك الدولي');
  assert.equal(v[0]?.kind, 'named');
  assert.match(v[0]?.content ?? '', /^النمو سيتباطأ/);
});

test('the estimates of unnamed experts are an unnamed source', () => {
  const t = 'وبحسب تقديرات المحللين، فإن الطلب سيرتفع خلال الصيف.';
  const v = views(t);
  assert.equal(v.length, 1);
  assert.equal(v[0]?.kind, 'anonymous');
});

test('the ف that answers the fronted phrase (فمن المنتظر، فسوف) ends the source', () => {
  const t = 'وحسب المصادر فسوف يعود اللاعب إلى التدريبات الأسبوع المقبل.';
  assert.deepEqual(views(t).map((x) => x.source), ['المصادر']);
});

test('conformity to the estimates, definite and with no body (وفقا للتقديرات), names no source', () => {
  const t = 'وتوزع الحصص وفقا للتقديرات المعتمدة.';
  assert.deepEqual(views(t), []);
});

test('conformity to rules of a body (وفقا لشروط الوزارة) names no source', () => {
  const t = 'وتقبل الطلبات وفقا لشروط الوزارة المعلنة.';
  assert.deepEqual(views(t), []);
});
