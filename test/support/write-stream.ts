/**
 * Parallel streams of commitment registrations for the fault tests. Each writer registers
 * `<label>-<n>` one after another and keeps what the server acknowledged (201). A 503 is checked
 * (problem+json, `Retry-After`) and the same write is sent again after the pause it asks for
 * (capped); a 409 on such a retry means the first attempt had committed before its answer was
 * lost, so that reference must be present too. When the server goes away (connection refused or
 * reset), a writer stops: what was in flight was never acknowledged.
 */
import { loadCommitment } from './mixed-load';

export interface Unavailable {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  code: unknown;
}

export interface WriteStream {
  /** References whose registration was acknowledged (201, or 409 on a retry). */
  acknowledged: string[];
  /** Every 503 answer seen. */
  unavailable: Unavailable[];
  /** Anything else: other statuses, timeouts (a hang), transport errors while retrying. */
  failures: string[];
  /** Resolves once `n` writes are acknowledged; rejects on a failure. */
  until(n: number): Promise<void>;
  /** Resolves once `n` 503s have been seen in all; rejects on a failure. */
  untilUnavailable(n: number): Promise<void>;
  stop(): Promise<void>;
}

export function writeStream(opts: {
  url: string;
  authorization: string;
  label: string;
  writers: number;
  /** A request that takes longer than this is a failure (a hang). */
  timeoutMs?: number;
  /** When the connection is refused or reset: stop (the server was killed) or count a failure. */
  onConnectionLoss: 'stop' | 'fail';
}): WriteStream {
  const acknowledged: string[] = [];
  const unavailable: Unavailable[] = [];
  const failures: string[] = [];
  let stopped = false;
  let n = 0;
  const headers = { authorization: opts.authorization, 'content-type': 'application/json' };

  const writer = async () => {
    while (!stopped) {
      const ref = `${opts.label}-${n++}`;
      let retried = false;
      for (;;) {
        let r: Response;
        try {
          r = await fetch(`${opts.url}/api/commitments`, {
            method: 'POST',
            headers,
            body: JSON.stringify(loadCommitment(ref, 'training')),
            signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
          });
        } catch (e) {
          const err = e as Error & { cause?: { code?: string } };
          if (err.name === 'TimeoutError')
            failures.push(`${ref}: no answer in ${opts.timeoutMs ?? 15_000} ms`);
          else if (opts.onConnectionLoss === 'stop') return;
          else failures.push(`${ref}: ${err.message} ${err.cause?.code ?? ''}`);
          return;
        }
        const text = await r.text();
        if (r.status === 201 || (r.status === 409 && retried)) {
          acknowledged.push(ref);
          break;
        }
        if (r.status === 503) {
          let code: unknown = null;
          try {
            code = (JSON.parse(text) as { code?: unknown }).code;
          } catch {}
          const retryAfter = r.headers.get('retry-after');
          unavailable.push({
            status: r.status,
            contentType: r.headers.get('content-type'),
            retryAfter,
            code,
          });
          retried = true;
          if (stopped) return;
          await new Promise((res) => setTimeout(res, Math.min(1000, Number(retryAfter ?? 1) * 1000)));
          continue;
        }
        failures.push(`${ref}: HTTP ${r.status} ${text.slice(0, 300)}`);
        return;
      }
    }
  };
  const running = Array.from({ length: opts.writers }, writer);
  const wait = async (done: () => boolean) => {
    const deadline = Date.now() + 120_000;
    while (!done()) {
      if (failures.length) throw new Error(`write failures: ${failures.slice(0, 5).join('; ')}`);
      if (Date.now() > deadline) throw new Error('write stream: no progress in 120 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    acknowledged,
    unavailable,
    failures,
    until: (k) => wait(() => acknowledged.length >= k),
    untilUnavailable: (k) => wait(() => unavailable.length >= k),
    stop: async () => {
      stopped = true;
      await Promise.all(running);
    },
  };
}
