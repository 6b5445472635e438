// The environment-neutral entry points of graphology-gexf and graphology-graphml (CommonJS files
// the packages ship): the writer, and parser factories that take a DOMParser and Document class,
// so one XML parser (@xmldom/xmldom) serves Node and the browser alike.

declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology-types';
  import type { Attributes } from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  function write(graph: Graph<Attributes, Attributes, Attributes>, options?: GexfWriterOptions<Attributes, Attributes>): string;
  export default write;
}

declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology-types';
  import type { Attributes, GraphConstructor } from 'graphology-types';
  import type { GexfParserOptions } from 'graphology-gexf/common/types';
  type Parse = (graphClass: GraphConstructor<Attributes, Attributes, Attributes>, source: unknown, options?: GexfParserOptions) => Graph<Attributes, Attributes, Attributes>;
  function createParserFunction(domParser: unknown, documentClass: unknown): Parse;
  export default createParserFunction;
}

declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology-types';
  import type { Attributes, GraphConstructor } from 'graphology-types';
  type Parse = (graphClass: GraphConstructor<Attributes, Attributes, Attributes>, source: unknown, options?: { addMissingNodes?: boolean }) => Graph<Attributes, Attributes, Attributes>;
  function createParserFunction(domParser: unknown, documentClass: unknown): Parse;
  export default createParserFunction;
}
