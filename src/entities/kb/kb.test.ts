import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPath } from '../../resources/data-files.js';
import { isIsnadError } from '../../core/errors.js';
import { buildManifest, type KbManifest } from './build-manifest.js';
import { nisbaForms } from './generate-countries.js';
import { formKey, loadKb, readKbFiles } from './load.js';
import { validateEntry } from './schema.js';

const require = createRequire(import.meta.url);

test('the manifest lists every entry file of data/kb with a matching checksum', () => {
  const manifest = JSON.parse(readFileSync(dataPath('kb/manifest.json'), 'utf8')) as KbManifest;
  const files = readdirSync(dataPath('kb')).filter((f) => f.endsWith('.json') && f !== 'manifest.json').sort();
  assert.deepEqual(Object.keys(manifest.entries).sort(), files);
  const rebuilt = buildManifest(manifest.entries[files[0] as string]?.version).manifest;
  for (const f of files) assert.equal(rebuilt.entries[f]?.sha256, manifest.entries[f]?.sha256, `${f}: run npm run kb:manifest`);
  for (const f of Object.keys(rebuilt.lexicons)) assert.equal(rebuilt.lexicons[f]?.sha256, manifest.lexicons[f]?.sha256, f);
});

function copyKb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-kb-'));
  cpSync(dataPath('kb'), dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(buildManifest(undefined, dir).manifest));
  return dir;
}

test('a changed entry file is reported as RESOURCE_CORRUPT', () => {
  const dir = copyKb();
  try {
    const f = join(dir, 'media.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('رويترز', 'رويتر ز'));
    assert.throws(() => readKbFiles(dir), (e) => isIsnadError(e) && e.code === 'RESOURCE_CORRUPT' && e.where === 'data/kb/media.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a listed file that is missing is reported as RESOURCE_MISSING', () => {
  const dir = copyKb();
  try {
    unlinkSync(join(dir, 'igos.json'));
    assert.throws(() => readKbFiles(dir), (e) => isIsnadError(e) && e.code === 'RESOURCE_MISSING');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every ISO 3166 country and territory has an entry with its Arabic name and code', () => {
  const ar = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
  const kb = loadKb();
  for (const [code, names] of Object.entries(ar.countries)) {
    const e = kb.entries.get(`gpe:${code}`);
    assert.ok(e, code);
    assert.equal(e.country, code);
    const first = Array.isArray(names) ? names[0] : names;
    assert.ok([e.name, ...(e.aliases ?? [])].includes(first as string), `${code}: ${first}`);
  }
});

test('states carry nisba forms and capitals; capitals point back to their state', () => {
  const kb = loadKb();
  const ru = kb.entries.get('gpe:RU');
  assert.ok(ru?.nisba?.includes('الروسي') && ru.nisba.includes('الروسية'));
  assert.equal(ru?.capital, 'موسكو');
  assert.equal(kb.capitalOf.get('gpe:RU-moscow'), 'gpe:RU');
  assert.deepEqual(kb.names.get(formKey('الليبية'))?.map((r) => [r.id, r.kind]), [['gpe:LY', 'adjective']]);
});

test('nisba forms cover article, feminine and plural', () => {
  assert.deepEqual(nisbaForms('روسي').sort(), ['الروسي', 'الروسية', 'الروسيون', 'الروسيين', 'روسي', 'روسية', 'روسيون', 'روسيين'].sort());
  assert.ok(nisbaForms('كوري جنوبي').includes('الكوري الجنوبي'));
});

test('the knowledge base holds at least 600 curated entries beyond countries, each typed', () => {
  const kb = loadKb();
  const curated = [...kb.entries.values()].filter((e) => !/^gpe:[A-Z]{2}$/.test(e.id));
  assert.ok(curated.length >= 600, `${curated.length}`);
  const media = curated.filter((e) => e.sector === 'MED');
  const igos = curated.filter((e) => e.sector === 'IGO');
  assert.ok(media.length >= 100 && igos.length >= 50, `${media.length} ${igos.length}`);
  for (const id of ['org:reuters', 'org:afp', 'org:ap', 'org:al-jazeera', 'org:al-arabiya', 'org:spa', 'org:wam', 'org:sana', 'org:irna', 'org:ibt', 'org:okaz', 'org:arab-league', 'org:gcc', 'org:opec', 'org:nato', 'org:au', 'org:eu']) {
    assert.ok(kb.entries.has(id), id);
  }
});

test('entry validation names what is wrong', () => {
  assert.deepEqual(validateEntry({ id: 'org:x', type: 'ORG', name: 'س' }, 'f#0'), []);
  const bad = validateEntry({ id: 'X', type: 'ORGANISATION', name: '', wikidata: 'q1', country: 'Libya', aliases: 'a' }, 'f#1');
  assert.equal(bad.length, 6);
  assert.ok(bad.every((p) => p.startsWith('f#1: ')));
});

test('generic institution names are scoped to their country; outlets that are common words need context', () => {
  const kb = loadKb();
  assert.equal(kb.names.get(formKey('وزارة الداخلية'))?.[0]?.countryScoped, true);
  assert.equal(kb.names.get(formKey('وزارة الداخلية السعودية'))?.[0]?.countryScoped, false);
  assert.equal(kb.names.get(formKey('اليوم'))?.every((r) => r.contextOnly), true);
  assert.equal(kb.names.get(formKey('رويترز'))?.[0]?.contextOnly, false);
  assert.equal(kb.names.has(formKey('مالي')), false);
});
