/**
 * Parameter shapes the message catalogs share: what a value turned out to be (`Got`), and where a
 * translatable text sits (`UnitPlace`). Plain data, so diagnostics survive JSON.
 */

/** A value as found in the file: its kind and, for numbers and texts, the value itself. */
export interface Got {
  readonly got: 'nothing' | 'null' | 'list' | 'mapping' | 'number' | 'fraction' | 'text' | string;
  readonly value: string;
}

/** Describes `v` for a message: a long text is cut at 40 characters. */
export function gotOf(v: unknown): Got {
  if (v === undefined) return { got: 'nothing', value: '' };
  if (v === null) return { got: 'null', value: '' };
  if (Array.isArray(v)) return { got: 'list', value: '' };
  if (typeof v === 'object') return { got: 'mapping', value: '' };
  if (typeof v === 'number') return { got: Number.isInteger(v) ? 'number' : 'fraction', value: String(v) };
  if (typeof v === 'string') return { got: 'text', value: v.length > 40 ? v.slice(0, 40) + '…' : v };
  return { got: typeof v, value: String(v) };
}

/** A text of the scenario: top-level (`id` only) or in a node, a choice (counted from 1) and a field. */
export interface UnitPlace {
  readonly id: string;
  readonly node?: string | undefined;
  readonly choice?: number | undefined;
  readonly field?: string | undefined;
}
