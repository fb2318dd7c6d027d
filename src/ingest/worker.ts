/**
 * An analysis worker: loads the analyser module once (which builds its
 * pipeline once), then analyses and prepares documents one message at a time.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisJson } from '../core/analysis.js';
import { isIsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { prepareForTransfer } from '../store/prepare.js';

/** The heap in use after a full collection (what the caches and models really hold), bytes; undefined when unavailable. */
function liveHeap(): number | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (() => void) | undefined;
    if (typeof gc !== 'function') return undefined;
    gc();
    return v8.getHeapStatistics().used_heap_size;
  } catch {
    return undefined;
  }
}

interface Task {
  seq: number;
  input: DocumentInput;
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const { analyser } = workerData as { analyser: string };

let analyse: (input: DocumentInput) => AnalysisJson;
try {
  const mod = (await import(analyser)) as { analyse?: typeof analyse; default?: typeof analyse };
  const fn = mod.analyse ?? mod.default;
  if (typeof fn !== 'function') throw new Error(`the module ${analyser} exports no analyse function`);
  analyse = fn;
  port.postMessage({ ready: true });
} catch (e) {
  port.postMessage({ fatal: (e as Error).message });
  process.exit(1);
}

port.on('message', (task: Task | { heap: true }) => {
  if ('heap' in task) {
    const h = v8.getHeapStatistics();
    port.postMessage({ heap: { used: h.used_heap_size, total: h.total_heap_size, external: h.external_memory, live: liveHeap() } });
    return;
  }
  try {
    const doc = prepareForTransfer(task.input, analyse(task.input));
    port.postMessage({ seq: task.seq, ok: true, doc });
  } catch (e) {
    port.postMessage({
      seq: task.seq, ok: false,
      code: isIsnadError(e) ? e.code : 'STAGE_FAILED',
      message: e instanceof Error ? e.message : String(e),
    });
  }
});
