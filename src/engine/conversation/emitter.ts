/**
 * A tiny typed event emitter, one per runner. Every subscription returns its own unsubscribe
 * function, so a presenter that leaves a screen leaves nothing listening.
 */
export type Unsubscribe = () => void;

export class Emitter<E extends { type: string }> {
  private readonly handlers = new Set<(event: E) => void>();

  /** Calls `handler` for every event. */
  subscribe(handler: (event: E) => void): Unsubscribe {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Calls `handler` for events of one type. */
  on<T extends E['type']>(type: T, handler: (event: Extract<E, { type: T }>) => void): Unsubscribe {
    return this.subscribe((e) => {
      if (e.type === type) handler(e as Extract<E, { type: T }>);
    });
  }

  emit(event: E): void {
    for (const h of [...this.handlers]) h(event);
  }

  get size(): number {
    return this.handlers.size;
  }
}
