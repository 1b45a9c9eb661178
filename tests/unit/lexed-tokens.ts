/**
 * The checker's reading work, counted rather than timed: the YAML tokens the `yaml` package's
 * lexer hands out while a load runs. Every read of a file goes through `Lexer.prototype.lex`, so
 * the count is the same on any machine, however busy.
 */
import { Lexer } from 'yaml';

/** Runs `run` and answers what it returned with the tokens lexed meanwhile. */
export function countingTokens<T>(run: () => T): { readonly result: T; readonly tokens: number } {
  const lex = Lexer.prototype.lex;
  let tokens = 0;
  Lexer.prototype.lex = function* (this: Lexer, ...args: Parameters<Lexer['lex']>) {
    for (const token of lex.apply(this, args)) {
      tokens++;
      yield token;
    }
  };
  try {
    return { result: run(), tokens };
  } finally {
    Lexer.prototype.lex = lex;
  }
}

/** The tokens in one read of `text` (without a byte-order mark, which the loader drops). */
export function tokensIn(text: string): number {
  let n = 0;
  for (const _ of new Lexer().lex(text.replace(/^\uFEFF/, ''))) n++;
  return n;
}
