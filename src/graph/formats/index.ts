// Graph files in and out: GEXF 1.3 (dynamic), GraphML, graphology JSON (the contract) and CSV.
// See docs/formats.md for what each format holds and how imports fit foreign files to the contract.
export type { CsvMapping, ExportedFile, ExportOptions, GraphFormat, ImportOptions, ImportOutcome } from './types';
export { GRAPH_FORMATS } from './types';
export { exportGraph } from './exportGraph';
export { detectFormat, importGraphText } from './importGraph';
export { MAX_IMPORT_ACTORS, MAX_IMPORT_BYTES, MAX_IMPORT_RELATIONS, checkImportSize } from './importLimits';
export { guessCsvMapping, readCsvHeader, readCsvPreview } from './csvColumns';
