/**
 * Worker thread of the simulation pool: takes chunks from a shared counter until none are left,
 * accumulates them, adds its histograms into the job's shared ones (side by side with the other
 * workers, a range at a time) and sends the rest of its accumulator back (its buffers
 * transferred, not copied).
 * Which chunks this worker gets does not matter: each chunk has its own stream.
 */
import { parentPort } from 'node:worker_threads';
import {
  abortError,
  chunkRunner,
  PILOT_PARTS,
  type PilotShare,
  type SimulationKernel,
  xoshiroStreams,
} from '../core/simulation';
import {
  CONTROL_CHUNKS_DONE,
  CONTROL_MERGE_COUNTS,
  CONTROL_MERGE_LOCKS,
  CONTROL_NEXT,
  CONTROL_PILOT_DONE,
  CONTROL_PILOT_NEXT,
  CONTROL_STOP,
  MERGE_RANGES,
  MERGE_UNITS,
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
  let runner: ReturnType<typeof chunkRunner>;
  try {
    runner = chunkRunner(k, xoshiroStreams, req.engine, undefined, sharedPilot(req, control, stopped));
  } catch (e) {
    if (!(e instanceof Error && e.name === 'AbortError')) throw e;
    post({ type: 'cancelled', id: req.id });
    return;
  }
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
  const acc = runner.finish((countHist, moneyHist) =>
    mergeShared(req, control, stopped, [countHist, moneyHist]),
  );
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

/**
 * Adds this worker's histograms (count, money) into the job's shared ones, a unit (a range of
 * one of them) at a time under the unit's lock; the first to reach a unit copies, the others
 * add. Each worker starts at its own unit, so that they work side by side. Gives up if stopped.
 */
function mergeShared(req: SimRequest, control: Int32Array, stopped: () => boolean, mine: Int32Array[]): void {
  const shared = [
    new Int32Array(req.histograms, 0, mine[0]!.length),
    new Int32Array(req.histograms, mine[0]!.byteLength, mine[1]!.length),
  ];
  const start = Math.floor((req.worker * MERGE_UNITS) / req.workers);
  for (let step = 0; step < MERGE_UNITS; step++) {
    const unit = (start + step) % MERGE_UNITS;
    const [dst, src] = [shared[Math.floor(unit / MERGE_RANGES)]!, mine[Math.floor(unit / MERGE_RANGES)]!];
    const range = unit % MERGE_RANGES;
    const from = Math.floor((range * dst.length) / MERGE_RANGES);
    const to = Math.floor(((range + 1) * dst.length) / MERGE_RANGES);
    const lock = CONTROL_MERGE_LOCKS + unit;
    while (Atomics.compareExchange(control, lock, 0, 1) !== 0) {
      if (stopped()) return;
      Atomics.wait(control, lock, 1, 50);
    }
    if (Atomics.load(control, CONTROL_MERGE_COUNTS + unit) === 0) dst.set(src.subarray(from, to), from);
    else for (let i = from; i < to; i++) dst[i]! += src[i]!;
    Atomics.add(control, CONTROL_MERGE_COUNTS + unit, 1);
    Atomics.store(control, lock, 0);
    Atomics.notify(control, lock, 1);
  }
}

/** The pilot's parts shared through req.pilot: take a part, publish it, wait for the others'. */
function sharedPilot(req: SimRequest, control: Int32Array, stopped: () => boolean): PilotShare {
  const cells = req.kernel.activeSeries.length * req.kernel.days;
  const data = new Float64Array(req.pilot);
  return {
    take() {
      const part = Atomics.add(control, CONTROL_PILOT_NEXT, 1);
      return part < PILOT_PARTS ? part : null;
    },
    publish(part, { lo, hi }) {
      data.set(lo, 2 * part * cells);
      data.set(hi, (2 * part + 1) * cells);
      Atomics.add(control, CONTROL_PILOT_DONE, 1);
      Atomics.notify(control, CONTROL_PILOT_DONE);
    },
    all() {
      for (let done = Atomics.load(control, CONTROL_PILOT_DONE); done < PILOT_PARTS; ) {
        if (stopped()) throw abortError();
        Atomics.wait(control, CONTROL_PILOT_DONE, done, 50);
        done = Atomics.load(control, CONTROL_PILOT_DONE);
      }
      return Array.from({ length: PILOT_PARTS }, (_, part) => ({
        lo: data.slice(2 * part * cells, (2 * part + 1) * cells),
        hi: data.slice((2 * part + 1) * cells, (2 * part + 2) * cells),
      }));
    },
  };
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
