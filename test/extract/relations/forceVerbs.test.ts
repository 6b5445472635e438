// Verbs of force added to the cues, with their arguments: repelling or beating back an attack acts on
// its doer, wounding is force, trading fire is done both ways. Sentences about other conflicts than
// the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('verbs of force', () => {
  it('"repelled a Russian assault on Kharkiv": the defenders act on the attackers, who attacked', () => {
    expect(documentTriples('Ukrainian forces repelled a Russian assault on Kharkiv.')).toEqual(['russia -force-> ukraine', 'ukraine -force-> russia']);
  });

  it('"beat back a Boko Haram attack"', () => {
    expect(documentTriples('Nigerian troops beat back a Boko Haram attack on Maiduguri.')).toContain('nigeria -force-> boko-haram');
  });

  it('"were wounded by Hezbollah fire": the fire stands for Hezbollah', () => {
    expect(documentTriples('Three Israeli soldiers were wounded by Hezbollah fire.')).toEqual(['hezbollah -force-> israel']);
  });

  it('"the wounded Kenyan soldiers": a participle naming no doer is no act', () => {
    expect(documentTriples('The wounded Kenyan soldiers were flown to Nairobi.')).toEqual([]);
  });

  it('"Indian and Pakistani troops traded fire": each fires on the other', () => {
    expect(documentTriples('Indian and Pakistani troops traded fire across the border.')).toEqual(['india -force-> pakistan', 'pakistan -force-> india']);
  });
});
