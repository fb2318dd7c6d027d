import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => {
  const ents = entitiesBySurface(t, [
    { id: 'o', type: 'ORG', name: 'ريال مدريد', forms: ['ريال مدريد'] },
    { id: 'p', type: 'PER', name: 'جوزيه مورينيو', forms: ['جوزيه مورينيو'] },
    { id: 'q', type: 'PER', name: 'موسى خالد', forms: ['موسى خالد'] },
  ]);
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('هاجم X مدربه السابق Y، متهما: the noun the name owns is the object, the participle is the name\'s', () => {
  const t = 'هاجم نادي ريال مدريد مدربه السابق جوزيه مورينيو الذي غادر الفريق قبل أسبوع، متهما إياه بإفساد أجواء غرفة الملابس.';
  assert.deepEqual(sourceOf(t, 'متهما'), ['ريال مدريد']);
});

test('وأضاف X موجها حديثه: a participle in ها is no owned noun', () => {
  const t = 'وأضاف المدرب موسى خالد موجها حديثه إلى اللاعبين "عليكم أن تقاتلوا حتى النهاية".';
  assert.deepEqual(sourceOf(t, 'وأضاف'), ['موسى خالد']);
});
