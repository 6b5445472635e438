import { isolate } from '../../graph/bidiText';
import { useAppStore } from '../../store/appStore';
import { canRemove, type SessionSource, type SourceFormat } from '../../store/sourceList';
import { useSourcesStore } from '../../store/sourcesStore';
import './import.css';

const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  corpus: 'articles',
  gexf: 'GEXF',
  graphml: 'GraphML',
  json: 'JSON',
  csv: 'CSV',
  article: 'article',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function SourceItem({ source, removable }: { source: SessionSource; removable: boolean }) {
  const removeSource = useSourcesStore((s) => s.removeSource);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const remove = () => {
    if (removeSource(source.id)) {
      pushNotice(
        source.format === 'corpus'
          ? `Removed the ${isolate(source.label)}; it stays removed when you reload. “Bring back the seed corpus” under Loaded data returns it.`
          : source.format === 'article'
            ? `Removed the article "${isolate(source.label)}" with the relations and actors only it brought. Add it again with Add article… to bring it back.`
            : `Removed ${isolate(source.label)}. Import the file again to bring it back.`,
      );
    }
  };
  return (
    <li className="source-item" data-testid={`source-${source.id}`} data-source-label={source.label}>
      <div className="source-line">
        <bdi className="source-label" title={source.label}>
          {source.label}
        </bdi>
        <span className="source-format">{FORMAT_NAMES[source.format]}</span>
      </div>
      <div className="source-line">
        <span className="source-counts" data-testid="source-counts">
          {plural(source.actors, 'actor', 'actors')} · {plural(source.relations, 'relation', 'relations')}
        </span>
        <button
          type="button"
          className="link-button source-remove"
          onClick={remove}
          disabled={!removable}
          aria-label={`Remove ${source.label}`}
          title={removable ? `Remove ${isolate(source.label)} and what only it brought` : 'The last graph cannot be removed: import another file first'}
        >
          Remove
        </button>
      </div>
      {source.warnings.length > 0 && (
        <details className="source-warnings" data-testid="source-warnings">
          <summary>{plural(source.warnings.length, 'warning', 'warnings')}</summary>
          <ul>
            {source.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * The graphs this session shows: the seed corpus and every imported file, each removable
 * (the last one stays, so the app never shows an empty graph).
 */
export function SourcesSection() {
  const list = useSourcesStore();
  if (list.sources.length === 0) return null;
  return (
    <section className="filter-section sources-section" data-testid="loaded-sources" aria-label="Loaded data">
      <div className="filter-section-head">
        <h3>Loaded data</h3>
      </div>
      <ul className="source-list">
        {list.sources.map((s) => (
          <SourceItem key={s.id} source={s} removable={canRemove(list, s.id)} />
        ))}
      </ul>
      {list.corpusRemoved && list.corpus && (
        <button type="button" className="link-button" data-testid="restore-corpus" onClick={() => list.restoreCorpus()}>
          Bring back the seed corpus
        </button>
      )}
    </section>
  );
}
