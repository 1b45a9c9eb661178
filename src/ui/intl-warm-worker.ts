/**
 * Runs in a worker of its own (see intl-warm.ts): makes the formatters the page will use, in the
 * language the page named it with, says so, then ends. The page's own first formatters are then cheap.
 */
import { intlWarmers } from './intl-cache.ts';

for (const step of intlWarmers(self.name || 'en')) step();
// Tells the page ICU is up, so its own formatters, made after this, are cheap.
postMessage('warm');
close();
