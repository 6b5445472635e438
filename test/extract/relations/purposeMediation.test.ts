// Mediation said by the purpose of talks or efforts: whoever holds talks meant to end a conflict
// between two others stands between them. Sentences about other actors than the seed and benchmark
// articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples, extractArticles } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });
const mediations = (body: string) => triples(body).filter((t) => t.includes('-mediation->'));

describe('talks whose purpose is ending a conflict between two others', () => {
  it('"X is in P for talks aimed at ending clashes between A and B": the traveller mediates', () => {
    expect(mediations("Kenya's foreign minister is in Addis Ababa for talks aimed at ending border clashes between Ethiopia and Eritrea.")).toEqual([
      'kenya -mediation-> eritrea',
      'kenya -mediation-> ethiopia',
    ]);
  });

  it('"X held talks on Monday to end the fighting between A and B": a purpose clause on the light verb', () => {
    expect(mediations('Kenya held talks on Monday to end the fighting between Ethiopia and Eritrea.')).toEqual(['kenya -mediation-> eritrea', 'kenya -mediation-> ethiopia']);
  });

  it('"X\'s efforts to resolve the dispute between A and B": the owner of the efforts', () => {
    expect(mediations("Qatar's efforts to resolve the dispute between Sudan and Chad have failed.")).toEqual(['qatar -mediation-> chad', 'qatar -mediation-> sudan']);
  });

  it('talks still to come give a planned mediation', () => {
    expect(mediations('Kenya will send an envoy to Addis Ababa next week for talks aimed at ending the war between Ethiopia and Eritrea.')).toEqual([
      'kenya -mediation-> eritrea [planned]',
      'kenya -mediation-> ethiopia [planned]',
    ]);
  });

  it('one of the two sides holding the talks mediates nothing', () => {
    expect(mediations('Ethiopia held talks on Monday to end the fighting between Ethiopia and Eritrea.')).toEqual([]);
  });

  it('talks about something else than ending a conflict give no mediation', () => {
    expect(mediations('Kenya held talks on Monday to discuss trade between Ethiopia and Eritrea.')).toEqual([]);
  });
});

describe('a date in a relative clause on another noun', () => {
  it('"clashes that have killed dozens since Friday" does not date the talks', () => {
    const r = extractArticles("Kenya's foreign minister is in Addis Ababa for talks aimed at ending border clashes between Ethiopia and Eritrea that have killed dozens of people since Friday.");
    const dates = r.events.filter((e) => e.relation === 'mediation').map((e) => `${e.date} ${e.datePrecision}`);
    expect(dates).toEqual(['2024-03-15 document', '2024-03-15 document']);
  });
});
