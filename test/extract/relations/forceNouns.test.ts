// Event nouns of force with their arguments: "the killing of X by Y" (the "by" phrase hung on the
// patient), "the Ethiopian military conflict with Eritrea", "a military intervention against X"; a
// name hyphenated to "-linked" or "-backed" describes a group and is no party. Sentences about other
// conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('event nouns of force', () => {
  it('"the killing of three Kenyan soldiers by al-Shabab": the "by" phrase on the patient names the doer', () => {
    expect(documentTriples('Kenyans protested the killing of three Kenyan soldiers by al-Shabab.')).toContain('al-shabaab -force-> kenya');
  });

  it('an origin after the patient ("soldiers from Somalia") is no doer', () => {
    expect(documentTriples('Kenyans mourned the killing of three soldiers from Somalia.')).toEqual([]);
  });

  it('"the recent Ethiopian military conflict with Eritrea"', () => {
    expect(documentTriples('The recent Ethiopian military conflict with Eritrea showed the need for talks.')).toEqual(['ethiopia -force-> eritrea']);
  });

  it('"launched a military intervention against al-Shabab"', () => {
    expect(documentTriples('Kenya launched a military intervention against al-Shabab in 2011.')).toEqual(['kenya -force-> al-shabaab']);
  });
});

describe('a name describing a group', () => {
  it('"al-Qaida-linked groups" are not al-Qaida, in the tree reading or the positional one', () => {
    expect(documentTriples('France launched a military intervention against al-Qaida-linked groups that had seized northern Mali.')).toEqual([]);
  });
});

describe('places and targets standing for the actor named before them', () => {
  it('"bombed the Georgian town of Gori": the town stands for Georgia', () => {
    expect(documentTriples('Russian warplanes bombed the Georgian town of Gori on Saturday.')).toEqual(['russia -force-> georgia']);
  });

  it('"struck al-Qaida targets", "pounded PKK hideouts": the group whose targets they are', () => {
    expect(documentTriples('U.S. drones struck al-Qaida targets in Yemen.')).toEqual(['united-states -force-> al-qaeda']);
    expect(documentTriples('Turkish jets pounded PKK hideouts in northern Iraq.')).toEqual(['turkiye -force-> pkk']);
  });
});

describe('gerunds and weapons standing for their owners', () => {
  it('"Azerbaijan\'s shelling of Armenian villages": a gerund with a possessor is read as an event noun', () => {
    expect(documentTriples("Azerbaijan's shelling of Armenian villages killed two civilians.")).toEqual(['azerbaijan -force-> armenia']);
  });

  it('"Israeli tanks fired on Hamas fighters": the tanks stand for Israel', () => {
    expect(documentTriples('Israeli tanks fired on Hamas fighters.')).toEqual(['israel -force-> hamas']);
  });
});
