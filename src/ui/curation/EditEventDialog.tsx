import { useId, useState } from 'react';
import { DATE_PRECISIONS, MODALITIES, type DatePrecision, type Modality } from '../../domain/contract';
import { dateProblem } from '../../graph/curation/curatedDate';
import { RELATION_CHOICES } from '../../graph/curation/relationChoice';
import { useAppStore } from '../../store/appStore';
import { CurationDialog } from './CurationDialog';
import { changeEdge, type EventChanges } from './curationCommands';

/** Change an event's relation, direction, date or modality. */
export function EditEventDialog({ edge, onClose }: { edge: string; onClose(): void }) {
  const graph = useAppStore((s) => s.graph);
  const a = graph?.hasEdge(edge) ? graph.getEdgeAttributes(edge) : null;
  const [relation, setRelation] = useState(a?.relation ?? '');
  const [swap, setSwap] = useState(false);
  const [date, setDate] = useState(a?.date ?? '');
  const [precision, setPrecision] = useState<DatePrecision>(a?.datePrecision ?? 'day');
  const [modality, setModality] = useState<Modality>(a?.modality ?? 'asserted');
  const ids = { relation: useId(), date: useId(), precision: useId(), modality: useId() };
  if (!graph || !a) return null;
  const source = graph.getNodeAttribute(graph.source(edge), 'label');
  const target = graph.getNodeAttribute(graph.target(edge), 'label');
  const dateChanged = date !== a.date || precision !== a.datePrecision;
  const problem = dateChanged ? dateProblem(date, precision) : null;
  const save = () => {
    const changes: EventChanges = {};
    if (relation !== a.relation) changes.relation = relation;
    if (swap) changes.swap = true;
    if (dateChanged) changes.date = { date, datePrecision: precision };
    if (modality !== a.modality) changes.modality = modality;
    changeEdge(edge, changes);
  };
  return (
    <CurationDialog title="Correct this event" subtitle={a.evidence.text} submitLabel="Save" problem={problem} onSubmit={save} onClose={onClose} testId="edit-event">
      <label htmlFor={ids.relation}>Relation</label>
      <select id={ids.relation} value={relation} onChange={(e) => setRelation(e.target.value)} data-testid="edit-event-relation">
        {!RELATION_CHOICES.some((r) => r.id === a.relation) && <option value={a.relation}>{a.relation}</option>}
        {RELATION_CHOICES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <label className="curation-check">
        <input type="checkbox" checked={swap} onChange={(e) => setSwap(e.target.checked)} data-testid="edit-event-swap" />
        Swap direction: <bdi>{swap ? target : source}</bdi> → <bdi>{swap ? source : target}</bdi>
      </label>
      <label htmlFor={ids.date}>Date</label>
      <div className="curation-row">
        <input id={ids.date} value={date} onChange={(e) => setDate(e.target.value.trim())} placeholder="YYYY-MM-DD" data-testid="edit-event-date" />
        <label htmlFor={ids.precision} className="visually-hidden">
          Date precision
        </label>
        <select id={ids.precision} value={precision} onChange={(e) => setPrecision(e.target.value as DatePrecision)} data-testid="edit-event-precision">
          {DATE_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {p === 'document' ? 'publication day' : p}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={ids.modality}>Modality</label>
      <select id={ids.modality} value={modality} onChange={(e) => setModality(e.target.value as Modality)} data-testid="edit-event-modality">
        {MODALITIES.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </CurationDialog>
  );
}
