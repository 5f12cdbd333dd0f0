/**
 * Live events across several servers on one PostgreSQL. Publishing sends
 * `NOTIFY guarantor_events, <envelope>` (in publishing order, a batch per statement); each server
 * holds one dedicated LISTEN connection — a client of its own, not from the pool — that hands
 * what the others published to its local subscribers. The envelope carries the whole event when
 * it fits (a notification holds under 8000 bytes); a larger one is kept in `live_event` for a few
 * minutes and the envelope names its row. When the LISTEN connection drops it reconnects with
 * backoff and listens again; subscribers then get a `resync` event (what happened meanwhile was
 * not heard: a screen may reload).
 */
import pg from 'pg';
import type { JobRepo } from '../../core/ports';
import type { EventHub, LiveEvent } from './event-hub';

export const CHANNEL = 'guarantor_events';
/** Bytes of JSON above which the event goes through `live_event` (the limit is 8000). */
const INLINE_MAX = 7_000;
/** Events waiting to be sent; beyond this the oldest are dropped (the database is down). */
const QUEUE_MAX = 10_000;
const BATCH = 200;

interface Envelope {
  /** The publishing server. */
  o: string;
  /** Its sequence number (also keeps two equal events from being folded into one). */
  n: number;
  t: string;
  e?: LiveEvent;
  /** The `live_event` row holding a large event. */
  r?: number;
}

export interface PgRelay {
  /** Resolves once the first LISTEN is in place (or the first attempt failed: it keeps trying). */
  ready: Promise<void>;
  /** Whether the LISTEN connection is up. */
  listening(): boolean;
  close(): Promise<void>;
}

export interface RelayLog {
  warn(msg: string): void;
}

export function startPgRelay(deps: {
  url: string;
  hub: EventHub;
  jobs: JobRepo;
  /** This server's id: its own notifications come back to it and are skipped. */
  origin: string;
  log?: RelayLog;
  /** Reconnect delays: from `minMs`, doubling, up to `maxMs` (with jitter). */
  backoff?: { minMs: number; maxMs: number };
}): PgRelay {
  const log = deps.log ?? { warn: (m: string) => process.stderr.write(`${m}\n`) };
  const backoff = deps.backoff ?? { minMs: 100, maxMs: 5_000 };
  let seq = 0;
  let closed = false;

  // ── sending: one statement at a time, so that notifications keep the publishing order ──
  const queue: { topic: string; event: LiveEvent }[] = [];
  let sending: Promise<void> | null = null;
  let dropped = 0;
  const envelope = async (topic: string, event: LiveEvent): Promise<string> => {
    const inline = JSON.stringify({ o: deps.origin, n: ++seq, t: topic, e: event } satisfies Envelope);
    if (Buffer.byteLength(inline) <= INLINE_MAX) return inline;
    const r = await deps.jobs.putLiveEvent(topic, event);
    return JSON.stringify({ o: deps.origin, n: seq, t: topic, r } satisfies Envelope);
  };
  const drain = async () => {
    while (queue.length > 0 && !closed) {
      const batch = queue.splice(0, BATCH);
      try {
        const payloads: string[] = [];
        for (const b of batch) payloads.push(await envelope(b.topic, b.event));
        await deps.jobs.notify(CHANNEL, payloads);
      } catch (e) {
        // live updates are best effort: the rows are the truth, and screens reload them
        log.warn(`live events not sent to other servers (${batch.length}): ${(e as Error).message}`);
      }
    }
    sending = null;
  };
  const send = (topic: string, event: LiveEvent) => {
    if (closed) return;
    queue.push({ topic, event });
    if (queue.length > QUEUE_MAX) {
      queue.splice(0, queue.length - QUEUE_MAX);
      if (dropped++ % 1000 === 0) log.warn('live event queue full: the oldest events were dropped');
    }
    sending ??= drain();
  };
  deps.hub.relayTo(send);

  // ── listening: one dedicated connection, reconnected with backoff ──
  let client: pg.Client | null = null;
  let up = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;
  let everUp = false;

  const receive = async (payload: string | undefined) => {
    if (!payload) return;
    let env: Envelope;
    try {
      env = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    if (env.o === deps.origin || typeof env.t !== 'string') return;
    if (env.e) return deps.hub.deliver(env.t, env.e);
    if (typeof env.r === 'number') {
      const stored = await deps.jobs.liveEvent(env.r).catch(() => null);
      if (stored) deps.hub.deliver(stored.topic, stored.body as LiveEvent);
    }
  };

  const schedule = () => {
    if (closed || timer) return;
    const base = Math.min(backoff.maxMs, backoff.minMs * 2 ** attempt);
    attempt++;
    timer = setTimeout(
      () => {
        timer = null;
        void connect();
      },
      base / 2 + Math.random() * (base / 2),
    );
    timer.unref();
  };

  const lost = (c: pg.Client, why: string) => {
    if (client !== c) return;
    client = null;
    if (up) log.warn(`live events: the LISTEN connection dropped (${why}); reconnecting`);
    up = false;
    c.end().catch(() => {});
    schedule();
  };

  let firstDone: () => void = () => {};
  const ready = new Promise<void>((r) => {
    firstDone = r;
  });

  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: deps.url, keepAlive: true });
    client = c;
    c.on('error', (e) => lost(c, e.message));
    c.on('end', () => lost(c, 'closed'));
    c.on('notification', (m) => {
      if (m.channel === CHANNEL) void receive(m.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      if (client !== c || closed) {
        await c.end().catch(() => {});
        return;
      }
      up = true;
      attempt = 0;
      if (everUp) {
        // what was published while we were not listening is lost: tell the open screens
        for (const topic of deps.hub.topics())
          deps.hub.deliver(topic, { type: 'resync', data: { reason: 'live updates reconnected' } });
      }
      everUp = true;
    } catch (e) {
      lost(c, (e as Error).message);
    } finally {
      firstDone();
    }
  };
  void connect();

  return {
    ready,
    listening: () => up,
    async close() {
      // what was published before closing is still sent
      deps.hub.relayTo(null);
      await sending?.catch(() => {});
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      up = false;
      await c?.end().catch(() => {});
    },
  };
}
