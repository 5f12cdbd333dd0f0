/**
 * Live updates inside one server: publish by topic, subscribe per open screen (server-sent
 * events). Several servers on one PostgreSQL would relay through LISTEN/NOTIFY (issue #8).
 */
import { EventEmitter } from 'node:events';
import type { Events } from '../../core/ports';

export class EventHub implements Events {
  private readonly emitter = new EventEmitter();
  constructor() {
    // one listener per open screen
    this.emitter.setMaxListeners(0);
  }
  publish(topic: string, event: { type: string; data: unknown }): void {
    this.emitter.emit(topic, event);
  }
  subscribe(topic: string, fn: (event: { type: string; data: unknown }) => void): () => void {
    this.emitter.on(topic, fn);
    return () => this.emitter.off(topic, fn);
  }
}
