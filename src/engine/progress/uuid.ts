/**
 * Name-based UUIDs (RFC 9562 version 5), so the same name always gives the same id: an xAPI
 * statement sent twice is the same statement, and a scenario's fingerprint is the same on every
 * device. The `uuid` package does the hashing (pure, synchronous, in the browser too).
 */
import { v5 } from 'uuid';

/** The namespace of Hot Seat's own name-based ids (itself uuidV5("urn:hot-seat", URL namespace)). */
export const HOT_SEAT_NAMESPACE = '0b5d05ea-001c-500f-80c8-648d14980a52';

/**
 * The version-5 UUID of `name` in `namespace` (a UUID): lower-case, canonical form. Deterministic
 * and pure. Throws TypeError when `namespace` is not a UUID.
 */
export function uuidV5(name: string, namespace: string = HOT_SEAT_NAMESPACE): string {
  return v5(name, namespace);
}
