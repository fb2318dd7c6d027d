import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

function at(text: string, spec: LayerSpec, trigger: string) {
  return extractEvents(buildLayers(text, spec)).find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
}

test('a person coordinated past a title phrase with a nisba (ووزير الخارجية المصري سامح شكري) shares the role', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'جون كيري' },
      { id: 'e2', type: 'PER', name: 'سيرغي لافروف' },
      { id: 'e3', type: 'PER', name: 'سامح شكري' },
      { id: 'g1', type: 'GPE', name: 'روسيا', forms: ['adj:الروسي'] },
      { id: 'g2', type: 'GPE', name: 'مصر', forms: ['adj:المصري'] },
      { id: 'g3', type: 'GPE', name: 'موسكو' },
    ],
  };
  const t = 'التقى جون كيري أمس في موسكو وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية المصري سامح شكري.';
  const e = at(t, spec, 'التقى');
  assert.equal(e?.type, 'CONSULT');
  assert.deepEqual([e?.actor, e?.recipient], [['e1'], ['e2', 'e3']]);
});

test('a group of states coordinated by «ودول» (ودول الاتحاد الأوروبي) is a second actor, not the recipient', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'g1', type: 'GPE', name: 'اليابان' },
      { id: 'o1', type: 'ORG', name: 'الاتحاد الأوروبي' },
      { id: 'g2', type: 'GPE', name: 'كوريا الشمالية' },
    ],
  };
  const t = 'ودعت اليابان ودول الاتحاد الأوروبي كوريا الشمالية إلى وقف تجاربها الصاروخية.';
  const e = at(t, spec, 'ودعت');
  assert.equal(e?.type, 'REQUEST');
  assert.deepEqual([e?.actor, e?.recipient], [['g1', 'o1'], ['g2']]);
});

test('a dual pronoun on a masdar (اتفاقهما) stands for both coordinated names before it', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'o1', type: 'ORG', name: 'الهلال' },
      { id: 'o2', type: 'ORG', name: 'النصر' },
      { id: 'o3', type: 'ORG', name: 'الاتحاد' },
    ],
  };
  const t = 'وطالب ناديا الهلال والنصر بإقامة المباراة في لندن بعد اتفاقهما مع الاتحاد.';
  const e = at(t, spec, 'اتفاقهما');
  assert.equal(e?.type, 'AGREE');
  assert.deepEqual([e?.actor, e?.recipient], [['o1', 'o2'], ['o3']]);
});

test('a clash between two sides: the names coordinated with the second (وميليشيات X وقوات Y) are all recipients', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'o1', type: 'ORG', name: 'البيشمركة' },
      { id: 'o2', type: 'ORG', name: 'تنظيم داعش', forms: ['داعش'] },
      { id: 'o3', type: 'ORG', name: 'جيش الطريقة النقشبندية', forms: ['النقشبندية'] },
    ],
  };
  const t = 'واندلعت أمس اشتباكات عنيفة بين البيشمركة ومسلحي داعش وعناصر النقشبندية قرب كركوك.';
  const e = at(t, spec, 'اشتباكات');
  assert.equal(e?.type, 'ASSAULT');
  assert.deepEqual([e?.actor, e?.recipient], [['o1'], ['o2', 'o3']]);
});

test('a liberation: all the names coordinated after من are the ones driven out, not only the last', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'o1', type: 'ORG', name: 'البيشمركة' },
      { id: 'o2', type: 'ORG', name: 'تنظيم داعش', forms: ['داعش'] },
      { id: 'o3', type: 'ORG', name: 'جيش الطريقة النقشبندية', forms: ['النقشبندية'] },
    ],
  };
  const t = 'وقال المتحدث إن البيشمركة حررت ثلاث قرى من داعش ومسلحي النقشبندية خلال يومين.';
  const e = at(t, spec, 'حررت');
  assert.equal(e?.type, 'ASSAULT');
  assert.deepEqual([e?.actor, e?.recipient], [['o1'], ['o2', 'o3']]);
});
