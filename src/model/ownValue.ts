/**
 * The value a record holds under `key` as its own data, or undefined. `record[key]` alone would
 * answer "constructor" or "toString" with Object.prototype's functions, and data keys come from
 * files and URLs: every lookup of one in a plain object goes through here (or through a Map).
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined | null,
  key: string,
): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
