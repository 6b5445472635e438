import { GRAPH_FORMATS } from '../../graph/formats/types';
import type { ExportFormat } from './exportRequest';

const FORMAT_LABELS: Readonly<Record<ExportFormat, { label: string; hint: string }>> = {
  png: { label: 'PNG', hint: 'picture' },
  svg: { label: 'SVG', hint: 'scalable picture' },
  gexf: { label: 'GEXF 1.3', hint: 'Gephi' },
  graphml: { label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  json: { label: 'JSON', hint: 'Dramatis / graphology' },
  csv: { label: 'CSV', hint: 'nodes.csv and edges.csv' },
  presentation: { label: 'Presentation file', hint: 'one HTML file: opens from disk, no server' },
};

function FormatRadio({ format, checked, disabled, onChoose }: { format: ExportFormat; checked: boolean; disabled: boolean; onChoose: (f: ExportFormat) => void }) {
  const { label, hint } = FORMAT_LABELS[format];
  return (
    <label className="export-choice">
      <input type="radio" name="export-format" value={format} checked={checked} disabled={disabled} onChange={() => onChoose(format)} data-testid={`export-format-${format}`} />
      <span>{label}</span> <span className="export-hint">{hint}</span>
    </label>
  );
}

interface FormatGroupProps {
  id: string;
  name: string;
  formats: readonly ExportFormat[];
  format: ExportFormat;
  disabled: boolean;
  onChoose: (f: ExportFormat) => void;
}

function FormatGroup({ id, name, formats, format, disabled, onChoose }: FormatGroupProps) {
  return (
    <div className="export-format-row" role="group" aria-labelledby={id}>
      <span className="export-group-name" id={id}>
        {name}
      </span>
      <div className="export-format-choices">
        {formats.map((f) => (
          <FormatRadio key={f} format={f} checked={format === f} disabled={disabled} onChoose={onChoose} />
        ))}
      </div>
    </div>
  );
}

/** The Export dialog's formats, in three groups; pictures and the presentation file need the graph view (`canDraw`). */
export function ExportFormats({ format, canDraw, onChoose }: { format: ExportFormat; canDraw: boolean; onChoose: (f: ExportFormat) => void }) {
  return (
    <fieldset className="export-formats">
      <legend>Format</legend>
      <FormatGroup id="export-group-picture" name="Picture of the view" formats={['png', 'svg']} format={format} disabled={!canDraw} onChoose={onChoose} />
      <FormatGroup id="export-group-file" name="Graph file" formats={GRAPH_FORMATS} format={format} disabled={false} onChoose={onChoose} />
      <FormatGroup id="export-group-presentation" name="Presentation" formats={['presentation']} format={format} disabled={!canDraw} onChoose={onChoose} />
      {!canDraw && <p className="export-note">Pictures need the graph view, which could not start in this browser.</p>}
    </fieldset>
  );
}
