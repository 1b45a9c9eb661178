/**
 * Waits until the page has shown its first content (the browser's first contentful paint), so
 * code and data the first screen does not need are asked for after it, not beside it: on a slow
 * connection every byte fetched before that paint delays it.
 *
 * Resolves at once once that paint has happened; after `fallbackMs` in any case, for a page that
 * is hidden (it paints nothing) or a browser that does not report paints.
 */
export function firstPaint(fallbackMs = 1000): Promise<void> {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted() || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint'))
    return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      done();
    });
    const timer = setTimeout(() => done(), fallbackMs);
    function done(): void {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'paint' });
  });
}
