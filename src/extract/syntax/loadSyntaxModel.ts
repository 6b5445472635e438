import constraints from '../../../data/taggerConstraints.json';
import { decodeModel, type ModelTables } from './modelFormat';
import { BeamTransitionModel } from './beamTransitionModel';
import { GroupedRows } from './groupedRows';
import { PackedModel } from './packedModel';
import { LABEL_TAG_PAIR_FEATURES } from './parserFeatures';
import { PredicateConstraint } from './predicateConstraint';
import { RoleMargins } from './roleMargins';
import { SyntaxModel } from './syntaxModel';
import { previousTagDomain, TAGGER_PREVIOUS_TAG_FEATURES, TAGGER_WORD_FEATURES, TAGGER_WORD_SLOTS } from './tagger';
import { fitsTransitionModel, TransitionModel } from './transitionModel';

export interface SyntaxModelOptions {
  /** Beam width for parsing instead of the model's own (1: greedy). */
  beam?: number;
  /** Largest score gap the predicate constraint overrules (default: data/taggerConstraints.json; 0: plain greedy tags). */
  predicateMaxGap?: number;
}

export function syntaxModelFromTables(tables: ModelTables, options: SyntaxModelOptions = {}): SyntaxModel {
  const labels = tables.header.inventory.labels;
  const beam = options.beam ?? tables.header.beam ?? 1;
  // Margins over SHIFT decide a greedy step but cannot rank hypotheses of a beam.
  const packed = beam === 1 && fitsTransitionModel(tables.action);
  const label = new PackedModel(tables.label);
  const tagClasses = tables.header.inventory.tagClasses.length;
  const tagger = new PackedModel(tables.tagger);
  const taggerGroups = new GroupedRows(tagger, [
    { positions: TAGGER_PREVIOUS_TAG_FEATURES, slots: previousTagDomain(tagger.classes) },
    { positions: TAGGER_WORD_FEATURES, slots: TAGGER_WORD_SLOTS },
  ]);
  const greedy = packed ? new TransitionModel(tables.action) : undefined;
  const model = new SyntaxModel(tables.header.inventory, tagger, {
    action: greedy ?? new BeamTransitionModel(tables.action),
    ...(greedy ? { actionByRole: new RoleMargins(greedy) } : {}),
    label,
    rootLabel: labels.indexOf('root'),
    beam,
    labelByTagPair: {
      rows: new GroupedRows(label, [{ positions: LABEL_TAG_PAIR_FEATURES, slots: tagClasses * tagClasses * 2 }]),
      tagClasses,
      values: new Int32Array(1),
    },
  }, taggerGroups);
  const maxGap = options.predicateMaxGap ?? constraints.predicateMaxGap;
  if (maxGap > 0) model.predicates = new PredicateConstraint(tables.header.inventory.tagClasses, maxGap, { nounVerbMaxGap: constraints.nounVerbMaxGap, transitiveMaxGap: constraints.transitiveMaxGap, transitiveNounMaxGap: constraints.transitiveNounMaxGap });
  return model;
}

/** Gunzips with the platform's DecompressionStream (browsers, workers and Node 18+ alike). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A ready tagger and parser from the gzipped model file's bytes. */
export async function loadSyntaxModel(gzipped: Uint8Array, options: SyntaxModelOptions = {}): Promise<SyntaxModel> {
  return syntaxModelFromTables(decodeModel(await gunzip(gzipped)), options);
}
