import type { InputFile } from '../extract/extractCorpus';
import type { SerializedDramatisGraph } from '../graph/contract';

export interface ExtractionRequest {
  id: number;
  files: InputFile[];
}

export type ExtractionReply =
  | { id: number; ok: true; graph: SerializedDramatisGraph; warnings: string[] }
  | { id: number; ok: false; error: string };
