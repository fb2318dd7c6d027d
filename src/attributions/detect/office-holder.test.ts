import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** A title in construct with a body names its holder, never the body (office-holder.ts). */

const e = (id: string, type: Entity['type'], name: string): { id: string; type: Entity['type']; name: string; forms: string[] } => ({ id, type, name, forms: [name] });

const only = (t: string, ents: Entity[]): { source: string; entity: string | undefined; kind: string } => {
  const a = attributionsOf(t, ents);
  assert.equal(a.length, 1);
  const s = (a[0] as NonNullable<typeof a[0]>).source;
  return { source: spanText(t, s), entity: s.entity, kind: s.kind };
};

test('وقال رئيس البرلمان العراقي إن …: the unnamed head of the parliament, not the parliament', () => {
  const t = 'وقال رئيس البرلمان العراقي إن الجلسة ستعقد الأسبوع المقبل.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'البرلمان العراقي')]));
  assert.deepEqual(r, { source: 'رئيس البرلمان العراقي', entity: undefined, kind: 'named' });
});

test('وأكد مدير شرطة منطقة الرياض أن …: the director, not the police', () => {
  const t = 'وأكد مدير شرطة منطقة الرياض أن الجناة سقطوا في قبضة الأمن خلال ساعات.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'شرطة منطقة الرياض')]));
  assert.equal(r.source, 'مدير شرطة منطقة الرياض');
  assert.equal(r.entity, undefined);
});

test('وأوضح رئيس نادي «الهلال» أن …: the quoted club is not the speaker', () => {
  const t = 'وأوضح رئيس نادي «الهلال» أن الإدارة لن تفرط في أي لاعب.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'الهلال')]));
  assert.ok(r.source.startsWith('رئيس نادي'), r.source);
  assert.equal(r.entity, undefined);
});

test('وقال رئيس الحكومة اللبنانية نجيب ميقاتي إن …: the holder named after the body speaks', () => {
  const t = 'وقال رئيس الحكومة اللبنانية نجيب ميقاتي إن لبنان لا يريد الحرب.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'الحكومة اللبنانية'), e('e2', 'PER', 'نجيب ميقاتي')]));
  assert.equal(r.entity, 'e2');
});

test('وقالت وزارة الخارجية الروسية إن …: a body speaking for itself keeps its entity', () => {
  const t = 'وقالت وزارة الخارجية الروسية إن موسكو سترد على العقوبات.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'وزارة الخارجية الروسية')]));
  assert.equal(r.entity, 'e1');
});

test('ودعا الرئيس الأميركي الاتحاد الأفريقي إلى …: the body after a definite title is the object', () => {
  const t = 'ودعا الرئيس الأميركي الاتحاد الأفريقي إلى استخدام نفوذه لوقف الحرب.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'الاتحاد الأفريقي')]));
  assert.equal(r.source, 'الرئيس الأميركي');
  assert.equal(r.entity, undefined);
});

test('وأوضح أمين عام «الائتلاف» أن …: the quoted body is not the speaker', () => {
  const t = 'وأوضح أمين عام «الائتلاف» أن المعارضة لن تشارك في المفاوضات.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'الائتلاف')]));
  assert.equal(r.source, 'أمين عام «الائتلاف»');
  assert.equal(r.entity, undefined);
});

test('وكشف الدكتور «جيكسون إن جي» أن …: after a rank the name speaks, whatever its tag', () => {
  const t = 'وكشف الدكتور «جيكسون إن جي» أن بعض الآباء يرفضون تطعيم أبنائهم.';
  const r = only(t, entitiesBySurface(t, [e('e1', 'ORG', 'جيكسون إن جي')]));
  assert.equal(r.entity, 'e1');
});
