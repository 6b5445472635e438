import { useId, useMemo, useState } from 'react';
import { MODALITIES, type DatePrecision, type DocumentMeta, type Modality } from '../../domain/contract';
import { dateProblem, publicationDay } from '../../graph/curation/curatedDate';
import { RELATION_CHOICES } from '../../graph/curation/relationChoice';
import type { TextSpan } from '../../graph/curation/sentenceSpan';
import { ActorPicker } from './ActorPicker';
import { CurationDialog } from './CurationDialog';
import { addRelation } from './curationCommands';

interface Props {
  doc: DocumentMeta;
  /** Whole sentences of `doc.body`. */
  span: TextSpan;
  /** Actors named in those sentences, offered first. */
  named: readonly string[];
  onClose(): void;
}

const PRECISIONS: readonly DatePrecision[] = ['document', 'day', 'month', 'year'];

/** A relation the analyst reads in the selected sentence(s): its evidence is exactly that text of the document. */
export function AddRelationDialog({ doc, span, named, onClose }: Props) {
  const text = doc.body.slice(span.start, span.end);
  const published = publicationDay(doc.published);
  const [source, setSource] = useState<string | null>(named[0] ?? null);
  const [target, setTarget] = useState<string | null>(named[1] ?? null);
  const [relation, setRelation] = useState(RELATION_CHOICES[0]?.id ?? '');
  const [modality, setModality] = useState<Modality>('asserted');
  const [precision, setPrecision] = useState<DatePrecision>(published ? 'document' : 'day');
  const [date, setDate] = useState(published ?? '');
  const ids = { relation: useId(), modality: useId(), date: useId(), precision: useId() };
  const sourceExclude = useMemo(() => (target ? [target] : []), [target]);
  const targetExclude = useMemo(() => (source ? [source] : []), [source]);
  const problem = !source ? 'Choose the actor the relation comes from.' : !target ? 'Choose the actor it is directed at.' : source === target ? 'Choose two different actors.' : dateProblem(date, precision);
  const save = () => {
    if (!source || !target) return;
    addRelation({ source, target, relation, modality, date, datePrecision: precision, doc: doc.id, evidence: { text, start: span.start, end: span.end } });
  };
  return (
    <CurationDialog title="Add a relation from this text" subtitle={text} submitLabel="Add relation" problem={problem} onSubmit={save} onClose={onClose} testId="add-relation">
      <ActorPicker label="From" value={source} onChange={setSource} exclude={sourceExclude} suggestions={named} testId="add-relation-source" />
      <ActorPicker label="To" value={target} onChange={setTarget} exclude={targetExclude} suggestions={named} testId="add-relation-target" />
      <label htmlFor={ids.relation}>Relation</label>
      <select id={ids.relation} value={relation} onChange={(e) => setRelation(e.target.value)} data-testid="add-relation-relation">
        {RELATION_CHOICES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.modality}>Modality</label>
      <select id={ids.modality} value={modality} onChange={(e) => setModality(e.target.value as Modality)} data-testid="add-relation-modality">
        {MODALITIES.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
      <label htmlFor={ids.date}>Date</label>
      <div className="curation-row">
        <input id={ids.date} value={date} onChange={(e) => setDate(e.target.value.trim())} placeholder="YYYY-MM-DD" data-testid="add-relation-date" />
        <label htmlFor={ids.precision} className="visually-hidden">
          Date precision
        </label>
        <select
          id={ids.precision}
          value={precision}
          onChange={(e) => {
            const next = e.target.value as DatePrecision;
            setPrecision(next);
            if (next === 'document' && published) setDate(published);
          }}
          data-testid="add-relation-precision"
        >
          {PRECISIONS.filter((p) => p !== 'document' || published).map((p) => (
            <option key={p} value={p}>
              {p === 'document' ? 'publication day (the text gives no date)' : p}
            </option>
          ))}
        </select>
      </div>
    </CurationDialog>
  );
}
