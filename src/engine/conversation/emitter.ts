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

  /**
   * Calls every handler, in the order they subscribed. A handler that throws does not stop the
   * others (a stage that fails must not stop the words on screen); its error is thrown again
   * once this emit is over, so it still reaches the page's error reporting.
   */
  emit(event: E): void {
    for (const h of [...this.handlers]) {
      try {
        h(event);
      } catch (e) {
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }

  get size(): number {
    return this.handlers.size;
  }
}
