import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, entitiesBySurface } from '../testing.js';

const sourceOf = (text: string, entities: Entity[], cue: string) => {
  const a = attributionsOf(text, entities).find((x) => text.slice(x.cue.start, x.cue.end) === cue);
  assert.ok(a, `an attribution on ${cue}`);
  return a.source;
};

test('a description is not linked to the last entity of its type when the entity is something else', () => {
  const text = 'افتتحت الشركة فرعا جديدا في جدة يوم أمس. وأوضحت الشركة أن الفرع يقدم خدماته على مدار الساعة.';
  const entities = entitiesBySurface(text, [{ id: 'e1', type: 'GPE', name: 'جدة', forms: ['جدة'] }]);
  assert.equal(sourceOf(text, entities, 'وأوضحت').entity, undefined);
});

test('«قال الوزير» is not a person the text gave another title', () => {
  const text = 'وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه. وردا على سؤال، قال الوزير إن الموعد لم يحدد.';
  const entities: Entity[] = [{ ...entitiesBySurface(text, [{ id: 'e1', type: 'PER', name: 'أنطونيو غوتيريش', forms: ['أنطونيو غوتيريش'] }])[0]!, roles: ['الأمين العام للأمم المتحدة'] }];
  assert.equal(sourceOf(text, entities, 'قال').entity, undefined);
});

test('a description still links to an earlier entity whose name has the same head word', () => {
  const text = 'أعلنت وزارة الخدمة المدنية عن وظائف جديدة في جدة. وقالت الوزارة إن التقديم يبدأ الأحد.';
  const entities = entitiesBySurface(text, [
    { id: 'e1', type: 'ORG', name: 'وزارة الخدمة المدنية', forms: ['وزارة الخدمة المدنية'] },
    { id: 'e2', type: 'GPE', name: 'جدة', forms: ['جدة'] },
  ]);
  assert.equal(sourceOf(text, entities, 'وقالت').entity, 'e1');
});

test('a person without a title may still be the minister a later description names', () => {
  const text = 'التقى خالد العمري بالسفراء أمس. وقال الوزير إن اللقاء كان مثمرا.';
  const entities = entitiesBySurface(text, [{ id: 'e1', type: 'PER', name: 'خالد العمري', forms: ['خالد العمري'] }]);
  assert.equal(sourceOf(text, entities, 'وقال').entity, 'e1');
});
