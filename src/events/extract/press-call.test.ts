import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const entities: LayerSpec['entities'] = [
  { id: 'w', type: 'ORG', name: 'الوطن' },
  { id: 'sa', type: 'ORG', name: 'الشرق الأوسط' },
  { id: 'ad', type: 'GPE', name: 'عدن' },
  { id: 'us', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:الأمريكي'] },
  { id: 'ob', type: 'PER', name: 'باراك أوباما' },
];
/** The statement after the cue, as the attribution layer reads it. */
const said = (cue: string, content: string): LayerSpec => ({ entities, attributions: [{ id: 'a1', cue, content }] });

test('a phone call that frames a statement to an outlet is the interview, no CONSULT', () => {
  const t1 = 'وقال اللواء المتقاعد في اتصال هاتفي مع "الوطن" إن الضربات الجوية أضعفت الميليشيات.';
  assertNoEvent(t1, said('وقال', 'الضربات'), 'CONSULT', 'اتصال');
  const t2 = 'وأوضح المتحدث في اتصال هاتفي من عدن أمس أن الحكومة لم تبلغ رسميا بالمبادرة.';
  assertNoEvent(t2, said('وأوضح', 'الحكومة'), 'CONSULT', 'اتصال');
  const t3 = 'وذكر الوزير في اتصال هاتفي أجرته معه «الشرق الأوسط»، أن الحكومة ستعود إلى عدن.';
  assertNoEvent(t3, said('وذكر', 'الحكومة'), 'CONSULT', 'اتصال');
});

test('a call with a person or a state on its other end stays a CONSULT, also when it frames a statement', () => {
  const t = 'وقال الملك في اتصال هاتفي مع الرئيس الأمريكي باراك أوباما إن المملكة تدعم الاتفاق.';
  assertEvent(t, said('وقال', 'المملكة'), 'CONSULT', 'اتصال');
  // Not framing a statement: the call is the act told.
  assertEvent('وبحث الملك في اتصال هاتفي مع الرئيس الأمريكي باراك أوباما تطورات المنطقة.', { entities }, 'CONSULT', 'اتصال');
});
