import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The entities of the analysis as `TYPE:name`. */
function entities(text: string): string[] {
  return analyse({ text }).entities.map((e) => `${e.type}:${e.name}`);
}

test('an operations command named after a place is an organisation, not the place', () => {
  const a = entities('وأعلنت قيادة عمليات الأنبار مقتل عشرين مسلحا في هجوم.');
  assert.ok(a.includes('ORG:قيادة عمليات الأنبار'), a.join(' '));
  assert.ok(entities('وقالت قيادة عمليات بغداد إن القوات اعتقلت خمسة مطلوبين.').includes('ORG:قيادة عمليات بغداد'));
  assert.ok(entities('وقال مصدر في قيادة عمليات تحرير نينوى إن القوات تقدمت.').includes('ORG:قيادة عمليات تحرير نينوى'));
  assert.ok(entities('وأعلنت غرفة عمليات حلب بدء معركة جديدة.').includes('ORG:غرفة عمليات حلب'));
});

test('the joint and special operations commands are organisations', () => {
  assert.ok(entities('وذكرت قيادة العمليات المشتركة أن الطيران قصف مواقع للتنظيم.').includes('ORG:قيادة العمليات المشتركة'));
  assert.ok(entities('وقالت قيادة العمليات المشتركة العراقية إن القوات حررت القرية.').includes('ORG:قيادة العمليات المشتركة العراقية'));
  assert.ok(entities('وأعلنت قيادة العمليات الخاصة مقتل قيادي في التنظيم.').includes('ORG:قيادة العمليات الخاصة'));
});

test('leading operations and the operations room of a named body are no command', () => {
  assert.deepEqual(entities('وتولى قيادة عمليات عسكرية في الجنوب.').filter((x) => x.startsWith('ORG')), []);
  assert.ok(entities('وأوضح أن غرفة عمليات الهلال الأحمر تلقت البلاغ.').includes('ORG:الهلال الأحمر'));
});
