// "Moscow's NATO envoy", "Kenya's UN ambassador": a state named before an international body is the
// state's mission to it, not the body's state. Sentences about other actors.
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../support/extractText';

const affiliations = (body: string) =>
  extractArticles(body)
    .events.filter((e) => e.relation === 'affiliation')
    .map((e) => `${e.source} -> ${e.target}`);

describe('a state named before an international body', () => {
  it('"Nairobi\'s United Nations spokesman" ties neither the UN to Kenya nor the spokesman to the UN', () => {
    const found = affiliations("Nairobi's United Nations spokesman Peter Kamau has rejected the report as biased.");
    expect(found).not.toContain('united-nations -> kenya');
    expect(found).not.toContain('peter-kamau -> united-nations');
  });

  it('a body named without a state still takes its spokesman', () => {
    expect(affiliations('United Nations spokesman Peter Kamau rejected the report as biased.')).toContain('peter-kamau -> united-nations');
  });

  it('a state body named with a state is still that state\'s', () => {
    expect(affiliations("Kenya's Ministry of Defence rejected the report as biased.").some((a) => a.endsWith('-> kenya'))).toBe(true);
  });
});
