import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventOn, eventsIn, type LayerSpec } from './testing.js';

const entities: LayerSpec['entities'] = [
  { id: 'e1', type: 'ORG', name: 'الجيش اليمني' },
  { id: 'e2', type: 'ORG', name: 'الحوثيين' },
  { id: 'e3', type: 'GPE', name: 'روسيا' },
  { id: 'e4', type: 'GPE', name: 'الولايات المتحدة' },
  { id: 'e5', type: 'GPE', name: 'تعز' },
  { id: 'e6', type: 'ORG', name: 'الحكومة السورية' },
  { id: 'e7', type: 'GPE', name: 'تركيا' },
  { id: 'e8', type: 'ORG', name: 'المعارضة' },
];

/** The accusation reported as speech: the accuser is the source, what follows ب its content. */
const accused = (text: string, cue: string, source: string, sourceEntity: string, content: string) =>
  eventsIn(text, { entities, attributions: [{ id: 'a1', cue, source, sourceEntity, content }] });

test('the act an accusation names is done by the accused, not by the accuser', () => {
  const t1 = 'اتهم الجيش اليمني الحوثيين بقصف الأحياء السكنية في تعز.';
  const e1 = accused(t1, 'اتهم', 'الجيش اليمني', 'e1', 'بقصف');
  assert.deepEqual(eventOn(e1, t1, 'ASSAULT', 'بقصف')?.actor, ['e2'], show(t1, e1));
  // A day word between the accused and the act.
  const t2 = 'واتهمت روسيا الولايات المتحدة أمس بتسليح المعارضة.';
  const e2 = accused(t2, 'واتهمت', 'روسيا', 'e3', 'بتسليح');
  assert.deepEqual(eventOn(e2, t2, 'AID', 'بتسليح')?.actor, ['e4'], show(t2, e2));
  // A pronoun on the act is the accuser's: it is the one hit.
  const t3 = 'اتهمت الحكومة السورية تركيا، الثلاثاء، باستهدافها مرات عدة.';
  const e3 = accused(t3, 'اتهمت', 'الحكومة السورية', 'e6', 'باستهدافها');
  const hit = eventOn(e3, t3, 'ASSAULT', 'باستهدافها');
  assert.deepEqual([hit?.actor, hit?.recipient], [['e7'], ['e6']], show(t3, e3));
});

test('guard: with no accused named before the act, the accuser is not replaced by a party after it', () => {
  const t = 'اتهم الجيش اليمني بقصف الأحياء السكنية في تعز.';
  const e = accused(t, 'اتهم', 'الجيش اليمني', 'e1', 'بقصف');
  assert.notDeepEqual(eventOn(e, t, 'ASSAULT', 'بقصف')?.actor, ['e5'], show(t, e));
  assert.notDeepEqual(eventOn(e, t, 'ASSAULT', 'بقصف')?.actor, ['e2'], show(t, e));
});
