// Turns one run of skeleton events into a document whose body is made of their evidence sentences,
// and the contract edges that point into it. Each document has its own random stream, so any one
// of them can be regenerated alone and comes out identical.
import { DATE_PRECISIONS, MODALITIES, type DatePrecision, type DocumentMeta, type EdgeAttributes, type Modality, type SerializedEdge } from '../../domain/contract';
import { isoDay } from '../../graph/eventTime';
import type { EventSkeleton } from './eventSkeleton';
import { WeightedChoice, deriveSeed, mulberry32, pick, randomInt, type Random } from './seededRandom';
import type { SyntheticActors } from './syntheticActors';
import type { SentenceTemplate, SyntheticVocabulary } from './syntheticVocabulary';

/** What the generator needs to know of a relation in data/relations.json. */
export interface SyntheticRelationSpec {
  id: string;
  label: string;
  cameo: readonly string[];
  plover: string | null;
}

export interface GeneratedDocument {
  document: DocumentMeta;
  edges: SerializedEdge[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MAX_SPAN_DAYS = 3;
const TITLE_LENGTH = 90;

function weightsFor<T extends string>(ids: readonly T[], table: Record<string, number>): WeightedChoice {
  return new WeightedChoice(ids.map((id) => table[id] ?? 1));
}

function fill(text: string, slots: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

function spokenDay(iso: string, withYear: boolean): string {
  const [y, m, d] = iso.split('-');
  return `${MONTHS[Number(m) - 1]} ${Number(d)}${withYear ? `, ${y}` : ''}`;
}

function title(sentence: string): string {
  const plain = sentence.replace(/\.$/, '');
  if (plain.length <= TITLE_LENGTH) return plain;
  return plain.slice(0, plain.lastIndexOf(' ', TITLE_LENGTH));
}

export interface ComposerSetup {
  seed: number;
  skeleton: EventSkeleton;
  actors: SyntheticActors;
  relations: readonly SyntheticRelationSpec[];
  /** Invented place names for the sentences. */
  places: string[];
  /** Day number of the span's first day, and its length in days. */
  firstDay: number;
  spanDays: number;
  vocabulary: SyntheticVocabulary;
}

interface Sentence {
  text: string;
  attributes: Omit<EdgeAttributes, 'evidence' | 'doc'>;
}

export class DocumentComposer {
  private readonly relationChoice: WeightedChoice;
  private readonly modalityChoice: WeightedChoice;
  private readonly precisionChoice: WeightedChoice;
  private readonly templatesByRelation: Map<string, SentenceTemplate[]>;
  private readonly dayIso: string[];

  private readonly seed: number;
  private readonly skeleton: EventSkeleton;
  private readonly actors: SyntheticActors;
  private readonly relations: readonly SyntheticRelationSpec[];
  private readonly places: string[];
  private readonly vocabulary: SyntheticVocabulary;

  constructor(setup: ComposerSetup) {
    ({ seed: this.seed, skeleton: this.skeleton, actors: this.actors, relations: this.relations, places: this.places, vocabulary: this.vocabulary } = setup);
    this.relationChoice = weightsFor(this.relations.map((r) => r.id), this.vocabulary.relationWeights);
    this.modalityChoice = weightsFor(MODALITIES, this.vocabulary.modalityWeights);
    this.precisionChoice = weightsFor(DATE_PRECISIONS, this.vocabulary.precisionWeights);
    this.templatesByRelation = new Map(this.relations.map((r) => [r.id, this.vocabulary.templates.filter((t) => t.relation === r.id)]));
    this.dayIso = Array.from({ length: setup.spanDays }, (_, d) => isoDay(setup.firstDay + d));
  }

  get documentCount(): number {
    return this.skeleton.documentStart.length - 1;
  }

  compose(index: number): GeneratedDocument {
    const rand = mulberry32(deriveSeed(this.seed, index));
    const start = this.skeleton.documentStart[index]!;
    const end = this.skeleton.documentStart[index + 1]!;
    const id = `doc-${index + 1}`;
    // Events are in day order, so the last one is the latest: the document's publication day.
    const publishedDay = this.skeleton.day[end - 1]!;
    const published = this.dayIso[publishedDay]!;
    const sentences: Sentence[] = [];
    for (let e = start; e < end; e++) sentences.push(this.sentence(e, publishedDay, rand));

    const parts: string[] = [];
    const offsets = new Int32Array(sentences.length * 2);
    let length = 0;
    let inParagraph = 0;
    let paragraphSize = randomInt(rand, 3, 5);
    sentences.forEach((s, k) => {
      if (k > 0) {
        const gap = inParagraph >= paragraphSize ? '\n\n' : ' ';
        if (gap === '\n\n') {
          inParagraph = 0;
          paragraphSize = randomInt(rand, 3, 5);
        }
        parts.push(gap);
        length += gap.length;
      }
      offsets[2 * k] = length;
      parts.push(s.text);
      length += s.text.length;
      offsets[2 * k + 1] = length;
      inParagraph++;
    });
    const body = parts.join('');
    const outlet = this.actors.nodes[pick(rand, this.actors.reporters)]!.attributes.label;
    const document: DocumentMeta = { id, title: title(sentences[0]!.text), published, publishedPrecision: 'day', publishedInferred: false, source: outlet, body };
    const edges = sentences.map((s, k): SerializedEdge => {
      const e = start + k;
      const evidenceStart = offsets[2 * k]!;
      const evidenceEnd = offsets[2 * k + 1]!;
      return {
        key: `ev-${e + 1}`,
        source: this.actors.nodes[this.skeleton.source[e]!]!.key,
        target: this.actors.nodes[this.skeleton.target[e]!]!.key,
        attributes: { ...s.attributes, doc: id, evidence: { text: body.slice(evidenceStart, evidenceEnd), start: evidenceStart, end: evidenceEnd } },
      };
    });
    return { document, edges };
  }

  private sentence(e: number, publishedDay: number, rand: Random): Sentence {
    const relation = this.relations[this.relationChoice.draw(rand)]!;
    const templates = this.templatesByRelation.get(relation.id) ?? [];
    const template: SentenceTemplate =
      templates.length > 0
        ? pick(rand, templates)
        : { relation: relation.id, cameo: relation.cameo[0] ?? '000', past: 'reported', base: 'report', rest: `${relation.label.toLowerCase()} with {target}` };
    const cameo = relation.cameo.includes(template.cameo) ? template.cameo : pick(rand, relation.cameo);
    const modality = MODALITIES[this.modalityChoice.draw(rand)]!;
    const precision = DATE_PRECISIONS[this.precisionChoice.draw(rand)]!;
    const { date, dateEnd, when } = this.dating(this.skeleton.day[e]!, publishedDay, precision, rand);

    const sourceIndex = this.skeleton.source[e]!;
    const targetIndex = this.skeleton.target[e]!;
    const titled = this.actors.titledNames[sourceIndex];
    const actor = titled && rand() < 0.3 ? titled : this.actors.nodes[sourceIndex]!.attributes.label;
    const rest = fill(template.rest, { target: this.actors.nodes[targetIndex]!.attributes.label, place: pick(rand, this.places) }) + when;
    const { text, cue, reporter } = this.phrase(modality, actor, template, rest, rand);

    const attributes: Sentence['attributes'] = {
      relation: relation.id,
      cameo,
      plover: relation.plover,
      date,
      ...(dateEnd ? { dateEnd } : {}),
      datePrecision: precision,
      modality,
      confidence: this.confidence(modality, rand),
      ...(reporter !== undefined ? { attributedTo: this.actors.nodes[reporter]!.key } : {}),
      cue,
    };
    return { text: text.charAt(0).toUpperCase() + text.slice(1), attributes };
  }

  private phrase(modality: Modality, actor: string, template: SentenceTemplate, rest: string, rand: Random): { text: string; cue: string; reporter?: number } {
    const v = this.vocabulary;
    if (modality === 'asserted') return { text: `${actor} ${template.past} ${rest}.`, cue: template.past };
    if (modality === 'reported') {
      const reporter = pick(rand, this.actors.reporters);
      const clause = `${actor} ${template.past} ${rest}`;
      const text = fill(pick(rand, v.reportFrames), { clause, source: this.actors.nodes[reporter]!.attributes.label });
      return { text, cue: template.past, reporter };
    }
    const frames = modality === 'planned' ? v.plannedFrames : modality === 'hypothetical' ? v.hypotheticalFrames : v.negatedFrames;
    return { text: `${fill(pick(rand, frames), { actor, base: `${template.base} ${rest}` })}.`, cue: template.base };
  }

  private dating(day: number, publishedDay: number, precision: DatePrecision, rand: Random): { date: string; dateEnd?: string; when: string } {
    const iso = this.dayIso[day]!;
    if (precision === 'document') return { date: this.dayIso[publishedDay]!, when: '' };
    if (precision === 'year') return { date: iso.slice(0, 4), when: ` in ${iso.slice(0, 4)}` };
    if (precision === 'month') return { date: iso.slice(0, 7), when: ` in ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` };
    const last = Math.min(publishedDay, day + randomInt(rand, 1, MAX_SPAN_DAYS));
    if (last > day && rand() < this.vocabulary.spanShare) {
      const endIso = this.dayIso[last]!;
      const sameYear = endIso.slice(0, 4) === iso.slice(0, 4);
      return { date: iso, dateEnd: endIso, when: ` from ${spokenDay(iso, !sameYear)} to ${spokenDay(endIso, true)}` };
    }
    return { date: iso, when: ` on ${spokenDay(iso, true)}` };
  }

  /** In [0.3, 1], mostly high; hedged modalities are less sure. */
  private confidence(modality: Modality, rand: Random): number {
    const hedge = modality === 'hypothetical' || modality === 'negated' ? 0.75 : 1;
    return Math.round((0.3 + 0.7 * Math.sqrt(rand()) * hedge) * 100) / 100;
  }
}
