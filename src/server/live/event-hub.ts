/**
 * Live updates: publish by topic, subscribe per open screen (server-sent events). In one process
 * (PGlite) that is all. With several servers on one PostgreSQL a relay is attached
 * (`pg-relay.ts`): what is published here is also sent to the other servers (NOTIFY), and what
 * they publish arrives through `deliver` — routes see the same interface either way.
 */
import { EventEmitter } from 'node:events';
import type { Events } from '../../core/ports';

export interface LiveEvent {
  type: string;
  data: unknown;
}

export class EventHub implements Events {
  private readonly emitter = new EventEmitter();
  private relay: ((topic: string, event: LiveEvent) => void) | null = null;
  constructor() {
    // one listener per open screen
    this.emitter.setMaxListeners(0);
  }
  /** Delivers to this server's subscribers at once, and to the other servers' through the relay. */
  publish(topic: string, event: LiveEvent): void {
    this.deliver(topic, event);
    this.relay?.(topic, event);
  }
  subscribe(topic: string, fn: (event: LiveEvent) => void): () => void {
    this.emitter.on(topic, fn);
    return () => this.emitter.off(topic, fn);
  }
  /** An event published on another server: to this server's subscribers only. */
  deliver(topic: string, event: LiveEvent): void {
    // a subscriber's failure (a closed socket) must not stop the others, nor the publisher
    for (const fn of this.emitter.listeners(topic) as ((e: LiveEvent) => void)[]) {
      try {
        fn(event);
      } catch {
        // the stream's own close handler unsubscribes it
      }
    }
  }
  /** Topics with at least one subscriber on this server. */
  topics(): string[] {
    return this.emitter.eventNames().filter((t): t is string => typeof t === 'string');
  }
  /** Sends every published event on to other servers as well (null: this server only). */
  relayTo(fn: ((topic: string, event: LiveEvent) => void) | null): void {
    this.relay = fn;
  }
}
