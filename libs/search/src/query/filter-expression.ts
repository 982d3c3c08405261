/**
 * Builders for Meilisearch filter expressions. Values always go through `quote`, so text from a
 * request (an agency id, a field name with quotes) can never change the structure of the filter.
 * Attribute names are ours (constants), never from a request.
 */

/** A string literal for a filter: double-quoted, with `\` and `"` escaped by a backslash. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function eq(attribute: string, value: string | number): string {
  return `${attribute} = ${literal(value)}`;
}

/** `attribute IN [...]`; a single value becomes `=`. Call only with at least one value. */
export function anyOf(attribute: string, values: readonly string[]): string {
  return values.length === 1 ? eq(attribute, values[0]) : `${attribute} IN [${values.map(quote).join(', ')}]`;
}

export function noneOf(attribute: string, values: readonly string[]): string {
  return `${attribute} NOT IN [${values.map(quote).join(', ')}]`;
}

export function compare(attribute: string, operator: '<' | '<=' | '>' | '>=', value: number): string {
  return `${attribute} ${operator} ${literal(value)}`;
}

/** Both sides; each part is parenthesised so that an OR inside cannot leak. */
export function and(...clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' AND ');
}

export function or(...clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' OR ');
}

function literal(value: string | number): string {
  if (typeof value === 'string') return quote(value);
  if (!Number.isFinite(value)) throw new RangeError(`filter value must be finite, got ${value}`);
  return String(value);
}
