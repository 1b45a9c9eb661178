/**
 * A durable outbox for xAPI statements (IndexedDB): every statement is kept until the learning
 * record store accepts it, sent one at a time in the order added (PUT with its id, so a statement
 * sent twice is stored once), with growing pauses after a failure and at once when the browser is
 * back online. It survives reloads and days offline. A statement the LRS refuses (a 4xx other than
 * 408 or 429) is set aside with the LRS's answer and reported, not retried forever.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface LrsTarget {
  /** The LRS's xAPI endpoint (statements are PUT to `<endpoint>/statements`). */
  readonly endpoint: string;
  /** The Authorization header's value, e.g. "Basic …". */
  readonly auth?: string;
}

interface Entry {
  seq?: number;
  readonly id: string;
  readonly statement: unknown;
  readonly target: LrsTarget;
}

interface Refused extends Entry {
  readonly status: number;
  readonly answer: string;
}

interface OutboxDb extends DBSchema {
  outbox: { key: number; value: Entry; indexes: { id: string } };
  refused: { key: string; value: Refused };
}

export interface OutboxDeps {
  readonly fetch: typeof fetch;
  readonly after: (ms: number, fn: () => void) => void;
  readonly online: () => boolean;
  readonly onOnline: (fn: () => void) => void;
  /** Told of a statement the LRS refused, with its status and answer. */
  readonly refused: (id: string, status: number, answer: string) => void;
  /** Told when the outbox itself fails (its database refused a read or a write). */
  readonly failed: (error: unknown) => void;
  /** Runs `fn` while no other tab sends (Web Locks where there are). */
  readonly exclusive: (fn: () => Promise<void>) => Promise<void>;
  /** The first pause after a failure (ms); each failure in a row doubles it, up to a minute. */
  readonly backoffMs?: number;
  readonly dbName?: string;
}

export class LrsOutbox {
  private db: Promise<IDBPDatabase<OutboxDb>>;
  private running = false;
  private waiting = false;
  private failures = 0;

  constructor(private readonly deps: OutboxDeps) {
    this.db = openDB<OutboxDb>(deps.dbName ?? 'hot-seat-lrs', 1, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('id', 'id', { unique: true });
        db.createObjectStore('refused', { keyPath: 'id' });
      },
    });
    deps.onOnline(() => this.kick());
  }

  /** Keeps each statement not already kept (by id), in order, then sends. */
  async add(statements: readonly { readonly id: string }[], target: LrsTarget): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['outbox', 'refused'], 'readwrite');
    for (const statement of statements) {
      if ((await tx.objectStore('outbox').index('id').getKey(statement.id)) !== undefined) continue;
      if ((await tx.objectStore('refused').getKey(statement.id)) !== undefined) continue;
      await tx.objectStore('outbox').add({ id: statement.id, statement, target });
    }
    await tx.done;
    this.kick();
  }

  /** How many statements wait to be sent. */
  async pending(): Promise<number> {
    return (await this.db).count('outbox');
  }

  /** Sends what waits, unless a send is already running or a pause is under way. */
  kick(): void {
    if (this.running || this.waiting) return;
    this.running = true;
    this.deps
      .exclusive(() => this.drain())
      .catch((e: unknown) => this.deps.failed(e))
      .finally(() => (this.running = false));
  }

  private async drain(): Promise<void> {
    const db = await this.db;
    for (;;) {
      if (!this.deps.online()) return;
      const cursor = await db.transaction('outbox').store.openCursor();
      const entry = cursor?.value;
      if (!entry) return;
      const outcome = await this.send(entry);
      if (outcome === 'retry') return this.pause();
      this.failures = 0;
      const tx = db.transaction(['outbox', 'refused'], 'readwrite');
      await tx.objectStore('outbox').delete(entry.seq!);
      if (outcome !== 'sent') await tx.objectStore('refused').put({ ...entry, ...outcome });
      await tx.done;
      if (outcome !== 'sent') this.deps.refused(entry.id, outcome.status, outcome.answer);
    }
  }

  private async send(entry: Entry): Promise<'sent' | 'retry' | { status: number; answer: string }> {
    const url = `${entry.target.endpoint.replace(/\/*$/, '/')}statements?statementId=${encodeURIComponent(entry.id)}`;
    try {
      const r = await this.deps.fetch(url, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(entry.target.auth ? { Authorization: entry.target.auth } : {}),
        },
        body: JSON.stringify(entry.statement),
      });
      if (r.ok) return 'sent';
      if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429)
        return { status: r.status, answer: (await r.text().catch(() => '')).slice(0, 500) };
      return 'retry';
    } catch {
      // Offline or the LRS unreachable: try again later.
      return 'retry';
    }
  }

  private pause(): void {
    this.failures++;
    this.waiting = true;
    this.deps.after(Math.min(60_000, (this.deps.backoffMs ?? 1000) * 2 ** (this.failures - 1)), () => {
      this.waiting = false;
      this.kick();
    });
  }
}
