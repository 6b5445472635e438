import { describe, expect, it } from 'vitest';
import { formatPublished, safeHttpUrl } from '../../../src/ui/reader/formatPublished';

describe('formatPublished', () => {
  it('shows as much of the date as its precision allows', () => {
    expect(formatPublished('2026-01-12T18:19', 'minute')).toBe('12 Jan 2026, 18:19');
    expect(formatPublished('2026-01-12T18:19', 'day')).toBe('12 Jan 2026');
    expect(formatPublished('2026-01-12', 'day')).toBe('12 Jan 2026');
    expect(formatPublished('2026-01-12', 'month')).toBe('Jan 2026');
    expect(formatPublished('2026-01', 'month')).toBe('Jan 2026');
    expect(formatPublished('2026', 'year')).toBe('2026');
    expect(formatPublished(null, 'unknown')).toBeNull();
    expect(formatPublished('2026-01-12', 'unknown')).toBeNull();
  });
});

describe('safeHttpUrl', () => {
  it('keeps web links and drops other schemes', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
