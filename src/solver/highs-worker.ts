/**
 * Worker thread: loads HiGHS once, warms it up, then validates and solves scenarios one at a
 * time. Everything heavy (validation, model building, solving, interpreting) happens here so the
 * server's event loop never waits on it.
 */
import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';
import { generateScenario } from '../core/forcegen/generate-scenario';
import { planForceGeneration } from '../core/forcegen/plan-force-generation';
import { validateScenario } from '../core/forcegen/validate-scenario';
import { highsMipSolver } from './highs-mip';
import type { SolveRequest, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('highs-worker must run in a worker thread');
const post = (m: WorkerMessage) => port.postMessage(m);

const highs = await highsLoader();
// A modest solve first, so that WebAssembly has tiered up its hot code before real requests.
planForceGeneration(
  generateScenario({ nations: 12, lines: 60, offers: 400, seed: 1 }),
  { timeLimitSeconds: 3 },
  { solveMip: highsMipSolver(highs) },
);

port.on('message', (req: SolveRequest) => {
  if (req.type !== 'solve') return;
  const stop = new Int32Array(req.stop);
  const shouldStop = () => Atomics.load(stop, 0) === 1;
  try {
    const v = validateScenario(req.scenario);
    if (!v.ok) return post({ type: 'invalid', id: req.id, issues: v.issues });
    let last = 0;
    const solveMip = highsMipSolver(highs, {
      shouldStop,
      onProgress: (progress) => {
        const t = performance.now();
        if (t - last < 200) return; // a few updates a second is enough for a progress bar
        last = t;
        post({ type: 'progress', id: req.id, progress });
      },
    });
    const result = planForceGeneration(v.scenario, req.options, {
      solveMip,
      shouldStop,
      onStage: (report) => post({ type: 'stage', id: req.id, report }),
      onPartial: (result) => post({ type: 'partial', id: req.id, result }),
    });
    post({ type: 'result', id: req.id, result });
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});
post({ type: 'ready' });
