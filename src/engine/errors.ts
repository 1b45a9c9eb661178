/**
 * Misuse of the engine (calling the runner in the wrong state, asking for a choice that does not
 * exist) throws an EngineError. Problems in a scenario file are never thrown: they are Diagnostics.
 */
export type EngineErrorCode =
  'not-started' | 'already-started' | 'already-ended' | 'not-ended' | 'unknown-choice' | 'wrong-phase' | 'bad-replay' | 'invalid-scenario';

export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
  }
}
