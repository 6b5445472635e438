// A serialised graph as a JSON Blob: the form the workspace stores (store/persistence/storedGraph).
// Workers make it off the page's thread and hand the Blob over by reference.

export const GRAPH_JSON_TYPE = 'application/json';

/** `JSON.stringify(graph)` as a Blob of type application/json. */
export function graphJsonBlob(graph: unknown): Blob {
  return new Blob([JSON.stringify(graph)], { type: GRAPH_JSON_TYPE });
}
