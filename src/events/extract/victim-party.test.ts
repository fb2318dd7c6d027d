import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'lbarmy', type: 'ORG', name: 'الجيش اللبناني' },
    { id: 'iqpol', type: 'ORG', name: 'الشرطة العراقية' },
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['adj:مصريان', 'adj:مصريين'] },
    { id: 'dz', type: 'GPE', name: 'الجزائر', forms: ['adj:جزائريا'] },
    { id: 'isis', type: 'ORG', name: 'تنظيم داعش' },
    { id: 'nusra', type: 'ORG', name: 'جبهة النصرة' },
    { id: 'f30', type: 'ORG', name: 'الفرقة 30' },
    { id: 'trpol', type: 'ORG', name: 'الشرطة التركية' },
    { id: 'army', type: 'ORG', name: 'الجيش العراقي' },
    { id: 'mosul', type: 'GPE', name: 'الموصل' },
  ],
};

function argsOf(text: string, type: string, trigger: string): { actor: string[]; recipient: string[] } {
  const ev = eventOn(eventsIn(text, spec), text, type, trigger);
  assert.ok(ev, `no ${type} on ${trigger}`);
  return { actor: ev.actor, recipient: ev.recipient };
}

test('counted victims of a party after من are the party (passive, noun and active verb)', () => {
  assert.deepEqual(argsOf('قُتل ثلاثة من عناصر الجيش اللبناني أمس في انفجار عبوة.', 'ASSAULT', 'قُتل').recipient, ['lbarmy']);
  assert.deepEqual(argsOf('أعلن الجيش العراقي مقتل سبعة من عناصر تنظيم داعش في غارة.', 'ASSAULT', 'مقتل').recipient, ['isis']);
  assert.deepEqual(argsOf('وقتل الجيش العراقي عشرين من عناصر تنظيم داعش.', 'ASSAULT', 'وقتل'), { actor: ['army'], recipient: ['isis'] });
  assert.deepEqual(argsOf('اعتقلت الشرطة العراقية ثلاثة من عناصر تنظيم داعش.', 'COERCE', 'اعتقلت').recipient, ['isis']);
});

test('soldiers named by a nisba or a member noun with من or ب stand for their party', () => {
  assert.deepEqual(argsOf('قتل 14 جنديا جزائريا في كمين.', 'ASSAULT', 'قتل').recipient, ['dz']);
  assert.deepEqual(argsOf('أسفر الهجوم عن مقتل خمسة جنود مصريين.', 'ASSAULT', 'مقتل').recipient, ['eg']);
  assert.deepEqual(argsOf('قتل عنصران من الشرطة التركية بالرصاص صباح اليوم.', 'ASSAULT', 'قتل').recipient, ['trpol']);
  assert.deepEqual(argsOf('وخطفت جبهة النصرة أربعة عناصر من الفرقة 30 قرب الحدود.', 'ASSAULT', 'وخطفت'), { actor: ['nusra'], recipient: ['f30'] });
});

test('after an unnamed subject the victims\' party is the recipient, not the doer', () => {
  assert.deepEqual(argsOf('اغتال مسلحون خمسة من أفراد الشرطة العراقية في الموصل.', 'ASSAULT', 'اغتال'), { actor: [], recipient: ['iqpol'] });
});

test('members right after an active verb are its subject, and a place is no party of the victims', () => {
  assert.deepEqual(argsOf('هاجم عناصر من تنظيم داعش نقطة تفتيش.', 'ASSAULT', 'هاجم').recipient, []);
  assert.deepEqual(argsOf('أسفرت الغارة عن مقتل 50 مدنيا بمدينة الموصل.', 'ASSAULT', 'مقتل').recipient, []);
  assert.deepEqual(argsOf('قتل ثلاثة مدنيين من الموصل في القصف.', 'ASSAULT', 'قتل').recipient, []);
});

const before: LayerSpec = {
  entities: [
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['adj:مصريين'] },
    { id: 'isis', type: 'ORG', name: 'تنظيم داعش' },
    { id: 'pkk', type: 'ORG', name: 'حزب العمال الكردستاني' },
  ],
};

function argsBefore(text: string, trigger: string): { actor: string[]; recipient: string[] } {
  const ev = eventOn(eventsIn(text, before), text, 'ASSAULT', trigger);
  assert.ok(ev, `no ASSAULT on ${trigger}`);
  return { actor: ev.actor, recipient: ev.recipient };
}

test('victims named before a verb of killing with no object after it are its recipient', () => {
  assert.deepEqual(argsBefore('وقالت مصادر أمنية إن جنديين مصريين قتلا في انفجار لغم.', 'قتلا'), { actor: [], recipient: ['eg'] });
  assert.deepEqual(argsBefore('وأفادت الوكالة أن نحو مئة مقاتل من حزب العمال الكردستاني قتلوا خلال أسبوع من الغارات.', 'قتلوا').recipient, ['pkk']);
  assert.deepEqual(argsBefore('وأعلنت الوزارة أن قياديا في تنظيم داعش قتل في غارة جوية.', 'قتل').recipient, ['isis']);
  // «علاوة على» adds to the toll: no object
  assert.deepEqual(argsBefore('وذكر الجيش أن ثلاثين مقاتلا من حزب العمال الكردستاني قتلوا علاوة على أسر عشرة.', 'قتلوا'), { actor: [], recipient: ['pkk'] });
});

test('members before a verb with an object, or before a verb of attack, are its doers', () => {
  assert.deepEqual(argsBefore('وأعلنت الوزارة أن عناصر من تنظيم داعش قتلوا ثلاثة جنود.', 'قتلوا'), { actor: ['isis'], recipient: [] });
  assert.deepEqual(argsBefore('وأعلنت الوزارة أن عناصر من تنظيم داعش هاجموا أمس قرية.', 'هاجموا'), { actor: ['isis'], recipient: [] });
});
