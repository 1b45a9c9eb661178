/**
 * The engine's validators get zod from here: the pages that parse progress records and scenario
 * files forbid eval in their Content-Security-Policy, so zod must never compile a parser (even
 * its probe for eval is reported as a violation). Set here, the setting travels with the first
 * schema, in whichever chunk that is, instead of loading zod with the game's first screen.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
