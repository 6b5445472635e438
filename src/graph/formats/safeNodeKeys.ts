// graphology (0.26) keeps each node's neighbours in plain objects, so a node keyed like a member
// of Object.prototype ("__proto__", "constructor", "toString") corrupts its adjacency and can pollute
// every object. Imports give such nodes another key, "id:" before the file's id, and say so.

const PREFIX = 'id:';

export function isUnsafeNodeKey(key: string): boolean {
  return key in Object.prototype;
}

/** New keys for the unsafe ones among `keys` (original → new); empty when all are safe. */
export function renameUnsafeNodeKeys(keys: Iterable<string>): Map<string, string> {
  const all = new Set(keys);
  const renamed = new Map<string, string>();
  for (const key of all) {
    if (!isUnsafeNodeKey(key)) continue;
    let next = PREFIX + key;
    while (all.has(next) || isUnsafeNodeKey(next)) next = PREFIX + next;
    all.add(next);
    renamed.set(key, next);
  }
  return renamed;
}

export function renameWarning(renamed: ReadonlyMap<string, string>): string[] {
  if (!renamed.size) return [];
  const listed = [...renamed].slice(0, 5).map(([from, to]) => `"${from}" is now "${to}"`);
  return [`Actor ids that are reserved words in JavaScript got new ids (${listed.join('; ')}${renamed.size > 5 ? ', …' : ''}).`];
}
