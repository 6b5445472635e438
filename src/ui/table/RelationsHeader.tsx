import { toggleSort, type RelationSort } from '../../store/relationRows';
import { COLUMNS } from './relationColumns';

/** The table's header row: each column a sort button, the sorted one marked. */
export function RelationsHeader({ sort, onSort }: { sort: RelationSort; onSort: (sort: RelationSort) => void }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {COLUMNS.map((c) => {
          const sorted = sort.column === c.id ? sort.direction : undefined;
          return (
            <th key={c.id} scope="col" className={`col-${c.id}`} aria-sort={sorted}>
              <button type="button" className="sort-button" data-column={c.id} title={c.hint} onClick={() => onSort(toggleSort(sort, c.id))}>
                {c.label}
                <span className={sorted ? 'sort-mark on' : 'sort-mark'} aria-hidden="true">
                  {sorted === 'descending' ? '▼' : '▲'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
