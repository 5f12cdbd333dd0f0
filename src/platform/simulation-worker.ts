/**
 * Worker thread of the simulation pool: takes chunks from a shared counter until none are left,
 * accumulates them, and sends its accumulator back (its buffers transferred, not copied).
 * Which chunks this worker gets does not matter: each chunk has its own stream.
 */
import { parentPort } from 'node:worker_threads';
import { chunkRunner, type SimulationKernel, xoshiroStreams } from '../core/simulation';
import {
  CONTROL_CHUNKS_DONE,
  CONTROL_NEXT,
  CONTROL_STOP,
  type SimRequest,
  type SimWorkerMessage,
} from './simulation-protocol';

const port = parentPort;
if (!port) throw new Error('simulation-worker must run in a worker thread');
const post = (m: SimWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

function run(req: SimRequest): void {
  const k: SimulationKernel = req.kernel;
  const control = new Int32Array(req.control);
  const stopped = () => Atomics.load(control, CONTROL_STOP) === 1;
  const runner = chunkRunner(k, xoshiroStreams, req.engine);
  let cancelled = false;
  for (;;) {
    const chunk = stopped() ? k.chunks : Atomics.add(control, CONTROL_NEXT, 1);
    if (chunk >= k.chunks || !runner.run(chunk, stopped)) {
      cancelled = stopped();
      break;
    }
    Atomics.add(control, CONTROL_CHUNKS_DONE, 1);
    post({ type: 'progress', id: req.id, chunk });
  }
  if (cancelled) {
    post({ type: 'cancelled', id: req.id });
    return;
  }
  const acc = runner.finish();
  const { countHist, moneyHist, moneySums, fail, conditionFail, ranges } = acc;
  const buffers = [
    countHist,
    moneyHist,
    moneySums,
    fail,
    conditionFail,
    ranges.lo,
    ranges.hi,
    ranges.scale,
  ].map((a) => a.buffer as ArrayBuffer);
  post({ type: 'result', id: req.id, acc }, buffers);
}

port.on('message', (req: SimRequest) => {
  if (req.type !== 'run') return;
  try {
    run(req);
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});
post({ type: 'ready' });
