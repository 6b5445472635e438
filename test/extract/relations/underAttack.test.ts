// An act of force after "under" ("came under attack by X", "was under attack by X") is suffered by
// the clause's subject. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a subject that comes under an act of force', () => {
  it('"A Kenyan army convoy came under attack by al-Shabab fighters": the convoy\'s state is the target', () => {
    expect(documentTriples('A Kenyan army convoy came under attack by al-Shabab fighters near Lamu.')).toEqual(['al-shabaab -force-> kenya']);
  });

  it('"Israeli positions came under rocket fire from Hezbollah"', () => {
    expect(documentTriples('Israeli positions came under rocket fire from Hezbollah on Sunday.')).toEqual(['hezbollah -force-> israel']);
  });

  it('"The Iraqi base was under attack by Islamic State fighters": the predicate noun is no verb whose subject attacks', () => {
    expect(documentTriples('The Iraqi base was under attack by Islamic State fighters.')).toEqual(['islamic-state -force-> iraq']);
  });

  it('an attack named after another preposition is not suffered by the subject', () => {
    expect(documentTriples('Kenyan officials spoke after an attack by al-Shabab fighters near Lamu.')).not.toContain('al-shabaab -force-> kenya');
  });
});

describe('a subject that is the target of an act of force', () => {
  it('"Kenya has been the target of a series of attacks claimed by al-Shabab": through the quantity noun', () => {
    expect(documentTriples('Kenya has been the target of a series of attacks claimed by al-Shabab fighters.')).toEqual(['al-shabaab -force-> kenya']);
  });

  it('"Iraq was the victim of an attack by Islamic State fighters"', () => {
    expect(documentTriples('Iraq was the victim of an attack by Islamic State fighters.')).toEqual(['islamic-state -force-> iraq']);
  });
});

describe('victims and claimers of an act of force', () => {
  it('"At least 12 Nigerian soldiers died in a Boko Haram ambush": the dead suffer the ambush', () => {
    expect(documentTriples('At least 12 Nigerian soldiers died in a Boko Haram ambush.')).toEqual(['boko-haram -force-> nigeria']);
  });

  it('the subject of an active verb of harm is the doer, not the victim', () => {
    expect(documentTriples('Boko Haram killed 12 Nigerian soldiers in an ambush.')).toEqual(['boko-haram -force-> nigeria']);
  });

  it('"The Taliban claimed responsibility for the attack on the Afghan army base"', () => {
    expect(documentTriples('The Taliban claimed responsibility for the attack on the Afghan army base.')).toEqual(['taliban -force-> afghanistan']);
  });
});

describe('the dead as one side of a mutual act', () => {
  it('"Two Indian soldiers died in a clash with Chinese troops": the two sides clashed', () => {
    expect(documentTriples('Two Indian soldiers died in a clash with Chinese troops in Ladakh.')).toEqual(['china -force-> india', 'india -force-> china']);
  });
});

describe('a subject that undergoes the event noun its verb takes ("drew criticism from X")', () => {
  it('"Peru drew sharp criticism from Chile": Chile accuses Peru', () => {
    expect(documentTriples('Peru drew sharp criticism from Chile over the border fence.')).toEqual(['chile -accusation-> peru']);
  });

  it('"faces new sanctions from", "earned praise from": the same for other relations', () => {
    expect(documentTriples('Myanmar faces new sanctions from the European Union.')).toEqual(['european-union -sanction-> myanmar']);
    expect(documentTriples('Ghana earned praise from the African Union for its mediation.')).toEqual(['african-union -support-> ghana']);
  });

  it('a verb that is not one of undergoing keeps its subject as the doer: "Chile voiced criticism of Peru"', () => {
    expect(documentTriples('Chile voiced criticism of Peru on Monday.')).toEqual(['chile -accusation-> peru']);
  });
});
