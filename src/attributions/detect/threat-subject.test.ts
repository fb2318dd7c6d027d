import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

/** A threat with its ب-complement is a report of someone written as its subject (threat-subject.ts). */

test('هدد المحامي برفع دعوى …: the ب-complement is what was threatened', () => {
  const t = 'هدد المحامي سامر الخياط برفع شكوى ضد الشركة الناقلة.';
  const ents = entitiesBySurface(t, [{ id: 'e1', type: 'PER' as Entity['type'], name: 'سامر الخياط', forms: ['سامر الخياط'] }]);
  const a = attributionsOf(t, ents).find((x) => spanText(t, x.cue) === 'هدد');
  assert.ok(a);
  assert.match(spanText(t, a.source), /سامر الخياط/);
  assert.ok(a.content && spanText(t, a.content).startsWith('برفع شكوى'));
});

test('وهدد المجلس بعواقب …: a body threatens too', () => {
  const t = 'وهدد المجلس بعقوبات على كل من يعرقل عملية التسوية.';
  const ents = entitiesBySurface(t, [{ id: 'e1', type: 'ORG' as Entity['type'], name: 'المجلس', forms: ['المجلس'] }]);
  assert.deepEqual(attributionViews(t, ents).filter((v) => v.cue === 'وهدد'), [{ cue: 'وهدد', source: 'المجلس', stance: 'assert' }]);
});

test('وتهدد هذه الإصابة بغياب …: a thing «endangers», no one threatens', () => {
  assert.deepEqual(attributionViews('وتهدد هذه الإصابة بغياب المدافع عن مباراة الكأس المقبلة.'), []);
});

test('يستغيث ويهدد بالإضراب إن لم …: no threatener written, no report', () => {
  assert.deepEqual(attributionViews('ظهر العامل في مقطع مصور يستغيث ويهدد بالإضراب إن لم تصرف رواتبه.'), []);
});
