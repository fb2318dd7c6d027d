import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeConformance } from '../conformance.js';
import { SqliteStore } from './sqlite-store.js';

storeConformance('sqlite in memory', async () => SqliteStore.open(':memory:'));

const dir = mkdtempSync(join(tmpdir(), 'isnad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
storeConformance('sqlite file', async () => SqliteStore.open(join(dir, `conformance-${++n}.db`)));
