export * from './store.js';
export { SqliteStore, storeError } from './sqlite/sqlite-store.js';
export { SCHEMA_VERSION } from './sqlite/schema.js';
export { contentHash, entityMergeKey, prepareDocument } from './prepare.js';
export { foldText, foldWord, foldQueryText, nisbaVariants } from './fold.js';

import { SqliteStore } from './sqlite/sqlite-store.js';
import type { OpenStoreOptions, Store } from './store.js';

/**
 * Opens the store at `path` (a SQLite file, created and migrated if needed;
 * `:memory:` for a throw-away one). Async so that other backends fit.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  return SqliteStore.open(path, options);
}
