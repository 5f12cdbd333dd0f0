/**
 * Worker thread of the simulation pool: takes chunks from a shared counter until none are left,
 * accumulates them, adds its histograms into the job's shared ones (the workers in turn) and
 * sends the rest of its accumulator back (its buffers transferred, not copied).
 * Which chunks this worker gets does not matter: each chunk has its own stream.
 */
import { parentPort } from 'node:worker_threads';
import { chunkRunner, type SimulationKernel, xoshiroStreams } from '../core/simulation';
import {
  CONTROL_CHUNKS_DONE,
  CONTROL_MERGE_TICKET,
  CONTROL_MERGED,
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
  const acc = runner.finish((countHist, moneyHist) => {
    // add ours into the job's histograms after those with an earlier ticket (the first copies)
    const ticket = Atomics.add(control, CONTROL_MERGE_TICKET, 1);
    for (let done = Atomics.load(control, CONTROL_MERGED); done < ticket; ) {
      Atomics.wait(control, CONTROL_MERGED, done, 50);
      done = Atomics.load(control, CONTROL_MERGED);
      if (stopped()) return;
    }
    const count = new Int32Array(req.histograms, 0, countHist.length);
    const money = new Int32Array(req.histograms, count.byteLength, moneyHist.length);
    if (ticket === 0) {
      count.set(countHist);
      money.set(moneyHist);
    } else {
      for (let i = 0; i < count.length; i++) count[i]! += countHist[i]!;
      for (let i = 0; i < money.length; i++) money[i]! += moneyHist[i]!;
    }
    Atomics.add(control, CONTROL_MERGED, 1);
    Atomics.notify(control, CONTROL_MERGED);
  });
  if (stopped()) {
    post({ type: 'cancelled', id: req.id });
    return;
  }
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
