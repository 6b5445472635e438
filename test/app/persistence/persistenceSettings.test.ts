// The settings part: what a stored value may hold (the last view as a query, high contrast), and
// what is malformed falls back to the default instead of breaking the start-up.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/app/persistence/settingsPart';

describe('stored settings', () => {
  it('keep a query and the high-contrast choice', () => {
    expect(readSettings({ lastView: '?from=2025-06-01&view=table', highContrast: true })).toEqual({ lastView: '?from=2025-06-01&view=table', highContrast: true });
  });

  it('fall back to the default view and normal contrast for what is not theirs', () => {
    expect(readSettings(null)).toEqual({ lastView: '', highContrast: false });
    expect(readSettings('?from=2025')).toEqual({ lastView: '', highContrast: false });
    expect(readSettings({ lastView: 'https://example.org/?x=1', highContrast: 'yes' })).toEqual({ lastView: '', highContrast: false });
    expect(readSettings({ lastView: `?q=${'a'.repeat(20_001)}` })).toEqual({ lastView: '', highContrast: false });
  });
});
