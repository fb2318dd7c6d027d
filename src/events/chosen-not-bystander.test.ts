import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { withoutBystanderActors } from './chosen-not-bystander.js';
import { buildLayers } from './testing.js';

const ENTITIES = [
  { id: 'mk', type: 'GPE' as const, name: 'المكلا' },
  { id: 'ye', type: 'GPE' as const, name: 'اليمن' },
  { id: 'po', type: 'ORG' as const, name: 'الشرطة' },
  { id: 'gr', type: 'ORG' as const, name: 'الجماعة المسلحة' },
  { id: 'un', type: 'ORG' as const, name: 'الأمم المتحدة' },
];

/** The actor left after the check, when the rules had none and the chooser took `actor` on word w. */
function actorAfter(text: string, w: string, type: string, actor: string, others: IsnadEvent[] = []): string[] {
  const input = buildLayers(text, { entities: ENTITIES });
  const at = { start: text.indexOf(w), end: text.indexOf(w) + w.length };
  const ev = (a: string[]): IsnadEvent => ({ id: 'v1', type: type as IsnadEvent['type'], trigger: at, actor: a, recipient: [], negated: false });
  return withoutBystanderActors(input, [...others, ev([])], [...others, ev([actor])]).at(-1)!.actor;
}

test('a city named only as the place of the act is no actor', () => {
  assert.deepEqual(actorAfter('وصلت شحنة مساعدات طبية إلى الميناء في المكلا صباح اليوم.', 'مساعدات', 'AID', 'mk'), []);
  assert.deepEqual(actorAfter('تواصلت الغارات الجوية بمدينة المكلا طوال الليل.', 'الغارات', 'ASSAULT', 'mk'), []);
});

test('a place named otherwise stays the chosen actor', () => {
  // Named as the subject, not in a phrase of place.
  assert.deepEqual(actorAfter('أرسلت المكلا قوافل مساعدات إلى القرى المجاورة.', 'مساعدات', 'AID', 'mk'), ['mk']);
  // One mention in a phrase of place, another as the subject: nothing says it is only the place.
  assert.deepEqual(actorAfter('قدم اليمن مساعدات للنازحين في اليمن.', 'مساعدات', 'AID', 'ye'), ['ye']);
});

test('the side an attack is aimed at, or counted as its victims, is no actor', () => {
  assert.deepEqual(actorAfter('تواصل الهجوم على الشرطة منذ الفجر.', 'الهجوم', 'ASSAULT', 'po'), []);
  assert.deepEqual(actorAfter('أكد المصدر أن ثلاثة من عناصر الشرطة قتلوا أمس.', 'قتلوا', 'ASSAULT', 'po'), []);
  assert.deepEqual(actorAfter('أفاد بيان بأن أحد أفراد الشرطة قتل في الكمين.', 'قتل', 'ASSAULT', 'po'), []);
});

test('a party named as the doer, as the one blamed, or far from the act stays the chosen actor', () => {
  assert.deepEqual(actorAfter('شنت الجماعة المسلحة الهجوم فجرا.', 'الهجوم', 'ASSAULT', 'gr'), ['gr']);
  assert.deepEqual(actorAfter('ألقيت مسؤولية الهجوم على الجماعة المسلحة.', 'الهجوم', 'ASSAULT', 'gr'), ['gr']);
  // Counted victims of another clause, past a comma.
  assert.deepEqual(actorAfter('جرح خمسة من عناصر الشرطة، ثم وقع الهجوم.', 'الهجوم', 'ASSAULT', 'po'), ['po']);
  // Not a hostile act: على marks no victim.
  assert.deepEqual(actorAfter('جرى الاتفاق على الشرطة الجديدة.', 'الاتفاق', 'AGREE', 'po'), ['po']);
});

/** A condemnation on word w by party by. */
function condemnation(text: string, w: string, by: string): IsnadEvent {
  return { id: 'c1', type: 'ACCUSE', trigger: { start: text.indexOf(w), end: text.indexOf(w) + w.length }, actor: [by], recipient: [], negated: false };
}

test('the one who condemns an act is not its doer', () => {
  const t = 'ندد الأمم المتحدة باغتيال الصحفي في العاصمة.';
  assert.deepEqual(actorAfter(t, 'باغتيال', 'ASSAULT', 'un', [condemnation(t, 'ندد', 'un')]), []);
  const t2 = 'أدانت الأمم المتحدة حرق المنازل.';
  assert.deepEqual(actorAfter(t2, 'حرق', 'ASSAULT', 'un', [condemnation(t2, 'أدانت', 'un')]), []);
});

test('an accuser, or a condemner of another sentence, keeps the chosen role', () => {
  // An accusation is no condemnation: its actor is not told apart from the doer here.
  const t = 'اتهمت الجماعة المسلحة الشرطة بقصف المنازل.';
  assert.deepEqual(actorAfter(t, 'بقصف', 'ASSAULT', 'gr', [condemnation(t, 'اتهمت', 'gr')]), ['gr']);
  const t2 = 'أدانت الأمم المتحدة الحادث. وشنت الأمم المتحدة غارات على المواقع.';
  assert.deepEqual(actorAfter(t2, 'غارات', 'ASSAULT', 'un', [condemnation(t2, 'أدانت', 'un')]), ['un']);
});
