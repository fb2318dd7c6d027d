import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../core/types.js';
import { analyse, find } from '../entities/link/testing.js';
import { assertEvent, describeEvents as show, eventOn, eventsIn, type LayerSpec } from './testing.js';

/** The description mentions of an entity, as written. */
const descriptions = (text: string, e: Entity | undefined): string[] =>
  (e?.mentions ?? []).filter((m) => m.kind === 'description').map((m) => text.slice(m.start, m.end));

test('a bare التحالف where the Houthis are named and no state is: the Saudi-led coalition', () => {
  const text = 'وقال المتحدث إن التحالف يرفض اتهامات المنظمة، مضيفا أن صواريخ الحوثيين هي المسؤولة.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:arab-coalition')), ['التحالف']);
});

test('a bare التحالف where the Islamic State is named outside Iraq and Syria: the coalition against it', () => {
  const text = 'وافقت تركيا على استخدام طائرات التحالف لقواعدها الجوية في قتال تنظيم داعش.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:anti-isis-coalition')), ['التحالف']);
  // Guard: no war named, no coalition.
  const none = 'قال مسؤولون في تركيا إن التحالف سيخوض الانتخابات.';
  assert.equal(find(analyse(none), 'org:anti-isis-coalition'), undefined);
  assert.equal(find(analyse(none), 'org:arab-coalition'), undefined);
});

test('a jihadist epithet keeps التنظيم anaphoric (التنظيم الجهادي)', () => {
  const text = 'منع تنظيم داعش الإنترنت في الرقة عن السكان بمن فيهم عناصر التنظيم الجهادي.';
  assert.deepEqual(descriptions(text, find(analyse(text), 'org:isis')), ['التنظيم']);
});

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'منظمة العفو الدولية' },
    { id: 'e2', type: 'ORG', name: 'التحالف العربي', forms: ['التحالف'] },
    { id: 'e3', type: 'ORG', name: 'الحوثيين' },
    { id: 'e4', type: 'GPE', name: 'إيران' },
  ],
};

test('a masdar annexed to its doer takes the party named with ل after it as its object', () => {
  const text = 'ورفض المتحدث اتهامات منظمة العفو الدولية لإيران بقصف المدنيين.';
  const ev = eventOn(eventsIn(text, spec), text, 'ACCUSE', 'اتهامات');
  assert.ok(ev, show(text, eventsIn(text, spec)));
  assert.deepEqual(ev.actor, ['e1'], show(text, eventsIn(text, spec)));
  assert.deepEqual(ev.recipient, ['e4'], show(text, eventsIn(text, spec)));
  const attack = 'وأدان البيان استهداف الحوثيين لإيران بالصواريخ.';
  const hit = eventOn(eventsIn(attack, spec), attack, 'ASSAULT', 'استهداف');
  assert.ok(hit, show(attack, eventsIn(attack, spec)));
  assert.deepEqual(hit.actor, ['e3'], show(attack, eventsIn(attack, spec)));
  assert.deepEqual(hit.recipient, ['e4'], show(attack, eventsIn(attack, spec)));
  // Guard: with no party after it, the genitive of such a noun is still its object.
  const plain = 'وأدان البيان استهداف الحوثيين في صعدة.';
  assertEvent(plain, spec, 'ASSAULT', 'استهداف');
  assert.deepEqual(eventOn(eventsIn(plain, spec), plain, 'ASSAULT', 'استهداف')?.recipient, ['e3'], show(plain, eventsIn(plain, spec)));
});
