import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, loadGold, tokensOnly } from './eval.js';

const SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'test', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77'];

test('gold offsets point at the annotated strings', () => {
  for (const set of SETS) {
    for (const ex of loadGold(set)) {
      for (const a of ex.attributions) {
        assert.equal(ex.text.slice(a.cue.start, a.cue.end), a.cue.text, `${set} ${ex.id} cue`);
        if (a.source.text !== undefined) assert.equal(ex.text.slice(a.source.start, a.source.end), a.source.text, `${set} ${ex.id} source`);
        assert.ok(a.content.start < a.content.end, `${set} ${ex.id} content`);
        if (a.via !== undefined) assert.ok(a.via >= 0 && a.via < ex.attributions.length, `${set} ${ex.id} via`);
      }
    }
  }
});

test('the detector keeps its level on the development sets (cue+source F1 ≥ 85, stance ≥ 90%)', () => {
  for (const set of ['dev', 'dev2', 'dev3']) {
    const s = evaluate(loadGold(set), tokensOnly);
    const p = s.cueSource / s.system;
    const r = s.cueSource / s.gold;
    const f1 = (2 * p * r) / (p + r);
    assert.ok(f1 >= 0.85, `${set}: cue+source F1 ${(100 * f1).toFixed(1)}`);
    assert.ok(s.stance / s.cue >= 0.9, `${set}: stance accuracy`);
  }
});
