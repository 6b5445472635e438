import { describe, expect, it } from 'vitest';
import { assignHappeningIds, type HappeningInput } from '../../src/graph/happenings';
import type { DatePrecision } from '../../src/domain/contract';

function ev(key: string, date: string, datePrecision: DatePrecision, relation = 'communication', source = 'iran', target = 'oman', dateEnd?: string): HappeningInput {
  return { key, source, target, attributes: { relation, date, datePrecision, ...(dateEnd ? { dateEnd } : {}) } };
}

describe('assignHappeningIds', () => {
  it('puts reports of one call on the same day in different documents under one happening', () => {
    const ids = assignHappeningIds([ev('a', '2025-06-03', 'day'), ev('b', '2025-06-03', 'day'), ev('c', '2025-06-03', 'day')]);
    expect(new Set(ids.values())).toEqual(new Set(['a']));
  });

  it('keeps calls on different days, other relations and other actors apart', () => {
    const ids = assignHappeningIds([
      ev('a', '2025-06-03', 'day'),
      ev('b', '2025-06-04', 'day'),
      ev('c', '2025-06-03', 'day', 'threat'),
      ev('d', '2025-06-03', 'day', 'communication', 'iran', 'qatar'),
      ev('e', '2025-06-03', 'day', 'communication', 'oman', 'iran'),
    ]);
    expect(new Set(ids.values()).size).toBe(5);
  });

  it('joins a month-dated report to the one dated happening of that month', () => {
    const ids = assignHappeningIds([ev('m', '2025-06', 'month'), ev('d', '2025-06-12', 'day')]);
    expect(ids.get('m')).toBe('d');
    expect(ids.get('d')).toBe('d');
  });

  it('leaves a year-dated report alone when two happenings of that year could be meant', () => {
    const ids = assignHappeningIds([ev('y', '2025', 'year'), ev('d1', '2025-03-01', 'day'), ev('d2', '2025-09-01', 'day')]);
    expect(ids.get('y')).toBe('y');
    expect(ids.get('d1')).toBe('d1');
    expect(ids.get('d2')).toBe('d2');
  });

  it('takes a publication-dated report as the happening of the days just before it', () => {
    const ids = assignHappeningIds([ev('call', '2025-06-03', 'day'), ev('next-day-wire', '2025-06-04', 'document'), ev('week-later', '2025-06-11', 'document')]);
    expect(ids.get('next-day-wire')).toBe('call');
    expect(ids.get('week-later')).toBe('week-later');
  });

  it('joins a span to the day inside it, not to a day outside', () => {
    const ids = assignHappeningIds([ev('span', '2025-01-11', 'day', 'force', 'israel', 'gaza', '2025-01-12'), ev('in', '2025-01-12', 'day', 'force', 'israel', 'gaza'), ev('out', '2025-01-14', 'day', 'force', 'israel', 'gaza')]);
    expect(ids.get('span')).toBe('in');
    expect(ids.get('out')).toBe('out');
  });

  it('names the happening after the same event whatever order the events come in', () => {
    const events = [ev('z', '2025-06-03', 'day'), ev('b', '2025-06-03', 'day'), ev('m', '2025-06', 'month')];
    const forward = assignHappeningIds(events);
    const backward = assignHappeningIds([...events].reverse());
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort());
    expect(forward.get('z')).toBe('b');
  });
});
