import { isolate } from '../../graph/bidiText';
import { useId, useMemo, useState } from 'react';
import { ACTOR_KINDS, type ActorKind } from '../../domain/contract';
import { relationStyle } from '../../graph/relationStyles';
import { useAppStore } from '../../store/appStore';
import { ActorPicker } from './ActorPicker';
import { CurationDialog } from './CurationDialog';
import { changeActorKind, mergeActors, renameActor, splitActor } from './curationCommands';

interface Props {
  node: string;
  onClose(): void;
}

function useActor(node: string) {
  const graph = useAppStore((s) => s.graph);
  return graph?.hasNode(node) ? { graph, attributes: graph.getNodeAttributes(node) } : null;
}

export function RenameDialog({ node, onClose }: Props) {
  const actor = useActor(node);
  const [label, setLabel] = useState(actor?.attributes.label ?? '');
  const id = useId();
  if (!actor) return null;
  const problem = !label.trim() ? 'Give the actor a name.' : label.trim() === actor.attributes.label ? 'The name is unchanged.' : null;
  return (
    <CurationDialog title={`Rename ${isolate(actor.attributes.label)}`} subtitle="The old name is kept as an alias." submitLabel="Rename" problem={problem} onSubmit={() => renameActor(node, label)} onClose={onClose} testId="rename-actor">
      <label htmlFor={id}>New name</label>
      <input id={id} value={label} onChange={(e) => setLabel(e.target.value)} data-testid="rename-actor-label" />
    </CurationDialog>
  );
}

function KindSelect({ value, onChange, testId }: { value: ActorKind; onChange(kind: ActorKind): void; testId: string }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Kind</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ActorKind)} data-testid={testId}>
        {ACTOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </>
  );
}

export function KindDialog({ node, onClose }: Props) {
  const actor = useActor(node);
  const [kind, setKind] = useState<ActorKind>(actor?.attributes.kind ?? 'other');
  if (!actor) return null;
  return (
    <CurationDialog title={`Kind of ${isolate(actor.attributes.label)}`} submitLabel="Change kind" problem={kind === actor.attributes.kind ? 'Choose another kind.' : null} onSubmit={() => changeActorKind(node, kind)} onClose={onClose} testId="actor-kind">
      <KindSelect value={kind} onChange={setKind} testId="actor-kind-select" />
    </CurationDialog>
  );
}

export function MergeDialog({ node, onClose }: Props) {
  const actor = useActor(node);
  const [other, setOther] = useState<string | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const exclude = useMemo(() => [node], [node]);
  if (!actor) return null;
  const otherLabel = other && actor.graph.hasNode(other) ? actor.graph.getNodeAttribute(other, 'label') : null;
  const save = () => {
    if (!other) return;
    if (keepThis) mergeActors(node, other);
    else mergeActors(other, node);
  };
  return (
    <CurationDialog
      title={`Merge ${isolate(actor.attributes.label)} with…`}
      subtitle="One actor keeps its name and id; the other's relations move to it and its names become aliases."
      submitLabel="Merge"
      problem={other ? null : 'Choose the actor to merge with.'}
      onSubmit={save}
      onClose={onClose}
      testId="merge-actor"
    >
      <ActorPicker label="Merge with" value={other} onChange={setOther} exclude={exclude} testId="merge-actor-picker" />
      {otherLabel && (
        <fieldset className="curation-choice">
          <legend>Name to keep</legend>
          <label>
            <input type="radio" name="merge-keep" checked={keepThis} onChange={() => setKeepThis(true)} /> {actor.attributes.label}
          </label>
          <label>
            <input type="radio" name="merge-keep" checked={!keepThis} onChange={() => setKeepThis(false)} /> {otherLabel}
          </label>
        </fieldset>
      )}
    </CurationDialog>
  );
}

export function SplitDialog({ node, onClose }: Props) {
  const actor = useActor(node);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ActorKind>(actor?.attributes.kind ?? 'other');
  const [edges, setEdges] = useState<ReadonlySet<string>>(new Set());
  const [aliases, setAliases] = useState<ReadonlySet<string>>(new Set());
  const labelId = useId();
  const lines = useMemo(() => {
    if (!actor) return [];
    const g = actor.graph;
    return g.edges(node).map((edge) => {
      const other = g.source(edge) === node ? g.target(edge) : g.source(edge);
      const a = g.getEdgeAttributes(edge);
      return { edge, outgoing: g.source(edge) === node, other: g.getNodeAttribute(other, 'label'), relation: relationStyle(a.relation).label, date: a.date, sentence: a.evidence.text };
    });
  }, [actor, node]);
  if (!actor) return null;
  const toggle = (set: ReadonlySet<string>, value: string) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  const problem = !label.trim() ? 'Name the new actor.' : edges.size === 0 ? 'Choose the relations that belong to the new actor.' : edges.size === lines.length ? 'Leave at least one relation with this actor (or rename it instead).' : null;
  return (
    <CurationDialog
      title={`Split ${isolate(actor.attributes.label)}`}
      subtitle="The chosen relations (and aliases) go to a new actor."
      submitLabel="Split"
      problem={problem}
      onSubmit={() => splitActor(node, { label, actorKind: kind, edges: [...edges], aliases: [...aliases] })}
      onClose={onClose}
      testId="split-actor"
    >
      <label htmlFor={labelId}>Name of the new actor</label>
      <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} data-testid="split-actor-label" />
      <KindSelect value={kind} onChange={setKind} testId="split-actor-kind" />
      <fieldset className="curation-choice split-list">
        <legend>Relations for the new actor</legend>
        {lines.map((l) => (
          <label key={l.edge}>
            <input type="checkbox" checked={edges.has(l.edge)} onChange={() => setEdges(toggle(edges, l.edge))} data-edge={l.edge} />
            <span>
              {l.outgoing ? '→' : '←'} {l.other} · {l.relation} · {l.date}
              <span className="split-sentence">{l.sentence}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {actor.attributes.aliases.length > 0 && (
        <fieldset className="curation-choice">
          <legend>Aliases for the new actor</legend>
          {actor.attributes.aliases.map((alias) => (
            <label key={alias}>
              <input type="checkbox" checked={aliases.has(alias)} onChange={() => setAliases(toggle(aliases, alias))} /> {alias}
            </label>
          ))}
        </fieldset>
      )}
    </CurationDialog>
  );
}
