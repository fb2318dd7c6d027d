/**
 * A worker thread of the server's analyser: loads the default pipeline once
 * and answers the full contract JSON (tokens and sentences included) for each
 * posted text, so analysis never blocks the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { isIsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { analyse } from '../pipeline/analyse.js';

const port = parentPort;
if (!port) throw new Error('analyser-worker runs as a worker thread');
port.postMessage({ ready: true });
port.on('message', (task: { seq: number; input: DocumentInput }) => {
  try {
    port.postMessage({ seq: task.seq, ok: true, analysis: analyse(task.input) });
  } catch (e) {
    port.postMessage({
      seq: task.seq, ok: false,
      code: isIsnadError(e) ? e.code : 'STAGE_FAILED',
      message: e instanceof Error ? e.message : String(e),
    });
  }
});
