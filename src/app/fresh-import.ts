/**
 * A part of the game asked for again after it failed to arrive. A browser may keep a failed
 * module fetch for the page's life (Chromium does, as the HTML standard long said), so asking
 * at the same address again fails at once, without touching the network. A retry therefore asks
 * at the address plus `?retry=n`, which the browser has not seen; the chunk's own imports keep
 * their addresses, so what already arrived is shared, not loaded twice.
 */

/** How a module is fetched from an address (the browser's `import()`; a stand-in in tests). */
export type ImportUrl = (url: string) => Promise<unknown>;

/** Whether the server answers for `url` now (the network is back). */
export type Reachable = (url: string) => Promise<boolean>;

const browserImport: ImportUrl = (url) => import(/* @vite-ignore */ url);
const browserReachable: Reachable = (url) =>
  fetch(url, { cache: 'no-store' }).then(
    (r) => r.ok,
    () => false,
  );

/**
 * A chunk the server answers for again that still does not load: one of its own imports failed
 * earlier and the browser keeps that failure (it names only the chunk asked for). Nothing but
 * a reload of the page fetches it anew.
 */
export class KeptFailureError extends Error {
  override readonly name = 'KeptFailureError';
}

/**
 * The address of the module whose fetch `error` reports, in the words Chromium ("Failed to fetch
 * dynamically imported module: URL") and Firefox ("error loading dynamically imported module:
 * URL") use; undefined when the browser does not name it (Safari) or it is not from `origin`.
 */
export function failedModuleUrl(error: unknown, origin: string): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const found = /dynamically imported module:?\s+(\S+)/i.exec(message)?.[1];
  if (!found) return undefined;
  try {
    const url = new URL(found);
    return url.origin === origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface RetryOptions<T> {
  /** The page's origin: only its own modules are asked for again. */
  readonly origin?: string;
  readonly importUrl?: ImportUrl;
  readonly reachable?: Reachable;
  /** What `load` returns, taken from the module fetched again (the module itself by default). */
  readonly pick?: (module: unknown) => T;
}

/**
 * `load` (one `import()`) as a function that, after a failure, asks again at a new address when
 * the browser named the one that failed, and from then on answers with what that brought. Until a
 * failure every call is `load` itself (the dev server's scenarios change between calls). A call
 * while a retry is under way shares it. A retry that fails while the server answers for the
 * chunk rejects with `KeptFailureError`; other rejections are passed on as they came.
 */
export function retrying<T>(load: () => Promise<T>, options: RetryOptions<T> = {}): () => Promise<T> {
  const origin = options.origin ?? globalThis.location?.origin ?? '';
  const importUrl = options.importUrl ?? browserImport;
  const pick = options.pick ?? ((module: unknown) => module as T);
  const reachable = options.reachable ?? browserReachable;
  let failed: string | undefined;
  let fresh: Promise<T> | undefined;
  let tries = 0;
  const again = async (url: string): Promise<T> => {
    const next = new URL(url);
    next.searchParams.set('retry', String(++tries));
    try {
      return pick(await importUrl(next.href));
    } catch (error) {
      // Still offline, or a failure kept beneath it that only a reload clears: the server says which.
      if (await reachable(next.href)) throw new KeptFailureError(`${url} is served but does not load`, { cause: error });
      throw error;
    }
  };
  const noted = (error: unknown): never => {
    // A retry that failed in turn is asked for at the next address, never at a kept failure.
    failed ??= failedModuleUrl(error, origin);
    throw error;
  };
  return () => {
    if (failed === undefined) return load().catch(noted);
    fresh ??= again(failed).catch((error: unknown) => {
      fresh = undefined;
      return noted(error);
    });
    return fresh;
  };
}

/** `retrying` for a loader that takes string arguments (a scenario's id, a language): one per arguments. */
export function retryingBy<A extends readonly string[], T>(
  load: (...args: A) => Promise<T>,
  options: RetryOptions<T> = {},
): (...args: A) => Promise<T> {
  const loads = new Map<string, () => Promise<T>>();
  return (...args) => {
    const key = args.join('\u0000');
    let one = loads.get(key);
    if (!one) loads.set(key, (one = retrying(() => load(...args), options)));
    return one();
  };
}
