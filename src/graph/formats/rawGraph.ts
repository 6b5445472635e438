// A graph as a file gives it, before it is fitted to the contract: what every reader produces.

export type RawAttributes = Record<string, unknown>;

export interface RawNode {
  key: string;
  attributes: RawAttributes;
  /** Where the node is in the file, for messages: `<node id="x"> (line 12)`, `nodes[3]`, `row 4`. */
  where: string;
}

export interface RawEdge {
  /** The file's id for the edge; null when it has none. */
  key: string | null;
  source: string;
  target: string;
  undirected: boolean;
  attributes: RawAttributes;
  where: string;
  /** CSV: the document the row names (its id and title), so rows of one document share it. */
  document?: { id?: string; title?: string };
}

export interface RawGraph {
  attributes: RawAttributes;
  nodes: RawNode[];
  edges: RawEdge[];
  /** Problems the reader met and worked around. */
  warnings: string[];
  /** Node ids the reader already changed (see safeNodeKeys): the file's id → the key in `nodes`. */
  renamedNodes?: Map<string, string>;
}

/** Attribute access that never reaches the prototype (ids such as `__proto__` are data). */
export function own(attributes: RawAttributes, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined;
}
