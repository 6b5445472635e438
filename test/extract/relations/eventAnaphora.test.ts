// Event anaphora: a definite event noun without an actor of its own ("the move", "the attack")
// stands for the nearest event the document named before. Sentences about other actors and conflicts
// than the seed articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { ExtractedEvent, SourceDocument } from '../../../src/extract/types';

function events(body: string): ExtractedEvent[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.filter((e) => e.relation !== 'affiliation');
}

const triple = (e: ExtractedEvent) => `${e.source} -${e.relation}-> ${e.target}`;

describe('a verb acting on "the move"', () => {
  it('targets the doer of the event named in the sentence before', () => {
    const found = events('Russia imposed tariffs on Turkey on Monday. China criticized the move.');
    expect(found.map(triple).sort()).toEqual(['china -accusation-> russia', 'russia -sanction-> turkiye']);
    const resolved = found.find((e) => e.relation === 'accusation')!;
    expect(resolved.anaphor).toContain('"the move"');
    expect(resolved.anaphor).toContain('russia sanction turkiye');
  });

  it('a relation noun only stands for an event of its relation ("the attack" is the strike, not the talks)', () => {
    const found = events('Israel launched airstrikes on Hamas. Qatar held talks with Egypt. Jordan condemned the attack.');
    expect(found.map(triple)).toContain('jordan -accusation-> israel');
    expect(found.map(triple)).not.toContain('jordan -accusation-> qatar');
  });

  it('does not reach back past a few sentences', () => {
    const filler = 'The weather was mild. Markets were calm. Schools reopened. Trains ran late. Shops were busy. ';
    const found = events(`Russia imposed tariffs on Turkey on Monday. ${filler}China criticized the move.`);
    expect(found.map(triple)).toEqual(['russia -sanction-> turkiye']);
  });

  it('a noun with its own actor is not an anaphor ("the Turkish move")', () => {
    const found = events('Russia imposed tariffs on Turkey on Monday. China criticized the Turkish move.');
    expect(found.map(triple)).not.toContain('china -accusation-> russia');
  });

  it('nothing named before: no event', () => {
    expect(events('China criticized the move.').map(triple)).toEqual([]);
  });
});

describe('an event noun that restates an earlier event', () => {
  it('"The strikes killed ..." repeats the strikes named before, with a note', () => {
    const found = events('Israel launched airstrikes on Hamas on Monday. The strikes killed twelve people.');
    const restated = found.filter((e) => e.anaphor);
    expect(restated.map(triple)).toEqual(['israel -force-> hamas']);
    expect(restated[0]!.anaphor).toContain('"The strikes"');
  });

  it('an event of another relation is not restated', () => {
    const found = events('Turkey held talks with Greece on Monday. The strikes killed twelve people.');
    expect(found.filter((e) => e.anaphor)).toEqual([]);
  });
});

describe('the owner of a claim is the target of a verb acting on it', () => {
  it('a demonym, a possessor or a "from" agent owns the claim ("rejected the Indian claim")', () => {
    expect(events('Pakistan denied the Indian allegation.').map(triple)).toEqual(['pakistan -rejection-> india']);
    expect(events('Kenya dismissed the demand from Uganda.').map(triple)).toEqual(['kenya -rejection-> uganda']);
    expect(events('Ecuador denied Colombian claims that its army crossed the border.').map(triple)).toEqual(['ecuador -rejection-> colombia']);
  });

  it('a "from" agent the parser hung on the verb, right after the claim noun, owns it too', () => {
    expect(events('Ukraine rejected a fresh offer from Russia for direct talks.').map(triple)).toContain('ukraine -rejection-> russia');
    expect(events('Ukraine rejected the offer on Monday from its capital.').map(triple)).toEqual([]);
  });

  it('a claim noun without an owner of its own refers back to the accusation named before', () => {
    const found = events('Serbia accused Albania of arming rebels. Albania has denied that allegation.');
    // The accused act is read too, as Serbia's report ("arming" a verb, so "rebels" is its object).
    expect(found.map(triple)).toEqual(['serbia -accusation-> albania', 'albania -aid-> rebels', 'albania -rejection-> serbia']);
    expect(found.find((e) => e.relation === 'rejection')!.anaphor).toContain('"that allegation"');
  });

  it('"that version", "the claim" may restate what a speaker reported: the speaker owns it', () => {
    expect(events('Kenya accused Uganda of shelling the border. Uganda disputed that version of events.').map(triple)).toContain('uganda -rejection-> kenya');
    expect(events('Peru said Bolivia attacked Chile. Bolivia dismissed the claim.').map(triple)).toContain('bolivia -rejection-> peru');
  });

  it('"rejected the ruling": the court that ruled before is the target', () => {
    const found = events("The International Court of Justice dismissed Colombia's claims. Colombia rejected the ruling.");
    expect(found.map(triple)).toEqual(['international-court-of-justice -rejection-> colombia', 'colombia -rejection-> international-court-of-justice']);
  });
});

describe('a rejection naming no target answers the accusation or demand aimed at its subject', () => {
  it('"Chad refused" after a demand to Chad rejects the one demanding', () => {
    const found = events('Sudan demanded that Chad withdraw its troops. Chad refused.');
    expect(found.map(triple)).toEqual(['sudan -demand-> chad', 'chad -rejection-> sudan']);
    expect(found[1]!.anaphor).toContain('answering');
  });

  it('"denied it" after an accusation', () => {
    expect(events('Serbia accused Albania of arming rebels. Albania denied it on Monday.').map(triple)).toContain('albania -rejection-> serbia');
  });

  it('nothing aimed at the subject before: no event', () => {
    expect(events('Kenya threatened Somalia. Chad refused.').map(triple)).toEqual(['kenya -threat-> somalia']);
  });
});

describe('a mediator of an event named before', () => {
  it('"Kenya will mediate the talks" stands between the two parties of the talks', () => {
    const found = events('Ethiopia and Eritrea held talks in Nairobi on Monday. Kenya will mediate the talks.');
    expect(found.map(triple).sort()).toEqual(['ethiopia -negotiation-> eritrea', 'kenya -mediation-> eritrea', 'kenya -mediation-> ethiopia']);
    expect(found.find((e) => e.relation === 'mediation')!.anaphor).toContain('"the talks"');
  });

  it('a mediator named in a relative clause the parser read as a second subject ("X, who mediated the talks, said")', () => {
    const found = events('Ethiopia and Eritrea held talks in Nairobi on Monday. Kenyan President William Ruto, who mediated the talks, said the border would reopen.');
    expect(found.map(triple)).toContain('william-ruto -mediation-> ethiopia');
    expect(found.map(triple)).toContain('william-ruto -mediation-> eritrea');
  });

  it('the mediation of talks to come is dated with the talks', () => {
    const found = events('Ethiopia and Eritrea will hold talks in Nairobi on Friday. Kenya will mediate the talks.');
    const talks = found.find((e) => e.relation === 'negotiation')!;
    const mediation = found.filter((e) => e.relation === 'mediation');
    expect(mediation).toHaveLength(2);
    for (const e of mediation) expect([e.date, e.datePrecision]).toEqual([talks.date, talks.datePrecision]);
    expect(talks.datePrecision).toBe('day');
  });

  it('"the talks" do not stand for airstrikes, nor for nothing', () => {
    expect(events('Ethiopia launched airstrikes on Eritrea on Monday. Kenya mediated the talks.').map(triple)).toEqual(['ethiopia -force-> eritrea']);
    expect(events('Kenya mediated the talks.').map(triple)).toEqual([]);
  });

  it('talks one party held alone give the mediator no sides', () => {
    expect(events('Ethiopia held talks in Nairobi on Monday. Kenya mediated the talks.').map(triple)).toEqual([]);
  });
});

describe('an act done to someone, its doer named before', () => {
  const arrest = 'Belarus arrested the opposition leader Maria Kolesnikova in 2020. ';

  it('"condemned the extension of X\'s detention" targets whoever detained X', () => {
    const found = events(`${arrest}Lithuania condemned the extension of Maria Kolesnikova's detention.`);
    expect(found.map(triple).sort()).toEqual(['belarus -coercion-> maria-kolesnikova', 'lithuania -accusation-> belarus']);
    expect(found.find((e) => e.relation === 'accusation')!.anaphor).toContain('belarus coercion maria-kolesnikova');
  });

  it('"demanded X\'s release" asks it of the one holding X; "the detention of X" is the same act', () => {
    expect(events(`${arrest}The Lithuanian government demanded Maria Kolesnikova's release.`).map(triple)).toContain('lithuania -demand-> belarus');
    expect(events(`${arrest}Poland criticized the detention of Maria Kolesnikova.`).map(triple)).toContain('poland -accusation-> belarus');
  });

  it('the doer is the one who acted on that person, not the latest detainer', () => {
    const found = events(`${arrest}Russia detained Pavel Orlov on Monday. Lithuania condemned Maria Kolesnikova's detention.`);
    expect(found.map(triple)).toContain('lithuania -accusation-> belarus');
    expect(found.map(triple)).not.toContain('lithuania -accusation-> russia');
  });

  it('no earlier act on that person, or another person: no target', () => {
    expect(events("Lithuania condemned the extension of Maria Kolesnikova's detention.").map(triple)).toEqual([]);
    expect(events(`${arrest}Lithuania condemned the detention of Ukrainian sailors.`).map(triple)).toEqual(['belarus -coercion-> maria-kolesnikova']);
  });
});

describe('a noun naming its own kind is no anaphor', () => {
  it('"supports the peace plan" after an act of aid is the plan, not that act', () => {
    expect(events('Peru says Bolivia has been aiding the rebels. Chile said Argentina supports the peace plan.').map(triple)).not.toContain('argentina -support-> bolivia');
  });

  it('"the move" still stands for the act named before it', () => {
    expect(events('Peru imposed tariffs on Bolivia on Monday. Chile criticized the move.').map(triple)).toContain('chile -accusation-> peru');
  });
});
