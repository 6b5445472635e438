// Protests aimed through what they protest or demand: a demonstration, hunger strike or road block
// whose cue names no target of its own takes it from its purpose clause, its grievance or an "in
// protest of" adjunct (data/protestAims.json). Sentences about other actors than the benchmarks',
// run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples, extractArticles } from '../../support/extractText';

const protests = (body: string) => documentTriples(body, { modality: true }).filter((t) => t.includes('-protest->'));

describe('a protest aimed through its purpose clause', () => {
  it('"began a hunger strike to demand the resignation of X": the one asked to go', () => {
    expect(protests('Venezuelan students continued their hunger strike to demand the resignation of President Nicolas Maduro.')).toEqual(['venezuelan-students -protest-> nicolas-maduro']);
  });

  it('"demonstrated calling for independence from X": the state left', () => {
    expect(protests('Venezuelan students demonstrated in Caracas on Sunday calling for independence from Colombia.')).toEqual(['venezuelan-students -protest-> colombia']);
  });

  it('"staged demonstrations to demand reforms by X\'s government": the government\'s owner', () => {
    expect(protests("Venezuelan students staged mass demonstrations to demand reforms by President Nicolas Maduro's government.")).toEqual(['venezuelan-students -protest-> nicolas-maduro']);
  });

  it('"blocked a road to show their disapproval for X\'s policies": the owner of the policies, not the protesters\' own disapproval', () => {
    expect(protests("Venezuelan students blocked a road to show their disapproval for Colombia's military policies.")).toEqual(['venezuelan-students -protest-> colombia']);
  });

  it('"blocked roads leading to the centre to press their demands ... from X\'s government": a purpose hung on a participle', () => {
    expect(protests("Venezuelan students blocked roads leading to the city centre to press their demands for reforms from President Nicolas Maduro's government.")).toEqual([
      'venezuelan-students -protest-> nicolas-maduro',
    ]);
  });
});

describe('a protest aimed through its grievance', () => {
  it('"in protest against the abuses by X": the doer of the abuses, not a doer of the strike', () => {
    expect(protests('Venezuelan students staged a hunger strike in protest against the abuses by Colombian security forces.')).toEqual(['venezuelan-students -protest-> colombia']);
  });

  it('"in protest of X\'s refusal": the owner of what is protested', () => {
    expect(protests("Venezuelan students are continuing a hunger strike in protest of the Colombian government's refusal to reopen the border.")).toEqual(['venezuelan-students -protest-> colombia']);
  });

  it('"riots against Colombian military policies": an actor modifying the grievance', () => {
    expect(protests('Venezuelan riots against Colombian military policies are continuing.')).toEqual(['venezuela -protest-> colombia']);
  });

  it('"stopped work over a bill signed by X": the agent of the participle', () => {
    expect(protests('Venezuelan workers stopped work on Monday over a bill signed by President Nicolas Maduro.')).toEqual(['venezuelan-workers -protest-> nicolas-maduro']);
  });

  it('"organized a general strike in protest of X\'s arrest of activists": the arrester, not the activists', () => {
    expect(protests("Venezuelan students organized a general strike in protest of Colombia's arrest of activists.")).toEqual(['venezuelan-students -protest-> colombia']);
  });

  it('"blocked streets in defiance of X"', () => {
    expect(protests('Venezuelan students blocked streets in Caracas in defiance of Colombian authorities.')).toEqual(['venezuelan-students -protest-> colombia']);
  });
});

describe('no target where the text names none', () => {
  it('a demonstration with no grievance named makes no event', () => {
    expect(protests('Venezuelan students demonstrated in Caracas on Sunday.')).toEqual([]);
  });

  it('"to demand the release of detained activists": whom they are released from is not named', () => {
    expect(protests('Venezuelan students marched to demand the release of detained activists.')).toEqual([]);
  });

  it('"protested the arrest of activists": the activists arrested are no target', () => {
    expect(protests('Venezuelan students protested the arrest of activists.')).toEqual([]);
  });

  it('"calling for Kosovo\'s independence": what protesters ask for themselves names no target', () => {
    expect(protests("Albanian students demonstrated in Pristina calling for Kosovo's independence.")).toEqual([]);
  });

  it('a road block toward a place is no protest aimed at it', () => {
    expect(protests('Colombian troops blocked the road to Caracas on Monday.')).toEqual([]);
  });
});

describe('modality of a protest aimed through its purpose', () => {
  it('a planned hunger strike stays planned', () => {
    expect(protests('Venezuelan students will begin a hunger strike to demand the resignation of President Nicolas Maduro.')).toEqual(['venezuelan-students -protest-> nicolas-maduro [planned]']);
  });
});

describe('protesters named by their people or where they are', () => {
  it('"protesters across X" are the protesters of that state', () => {
    expect(protests('Protesters across Venezuela marched against Colombia on Monday.')).toEqual(['venezuelan-protesters -protest-> colombia']);
  });

  it('"Syrian Kurds", "Hindu fundamentalists", "ethnic Turks": qualified group nouns', () => {
    expect(protests('Syrian Kurds demonstrated against Turkey on Monday.')).toEqual(['syrian-kurds -protest-> turkiye']);
    expect(protests('Hindu fundamentalists rallied against Pakistan on Monday.')).toEqual(['hindu-fundamentalists -protest-> pakistan']);
    expect(protests('Ethnic Turks in Germany demonstrated against Greece on Monday.')).toEqual(['ethnic-turks -protest-> greece']);
  });
});

describe('a protest noun in an adjunct of what its participants did', () => {
  it('"youths threw stones during a demonstration against X": the youths protest X', () => {
    expect(protests("Kurdish youths threw stones during a demonstration against Turkey's military operations.")).toEqual(['kurdish-youths -protest-> turkiye']);
  });

  it('"police fired tear gas during a rally against X": the police are no protesters', () => {
    expect(protests('Venezuelan police fired tear gas during a rally against the Colombian government.')).toEqual([]);
  });

  it('"protested the raids against X towns": whom a hostile act is done to is no target', () => {
    expect(protests('Venezuelan students marched to protest the raids against Colombian villages.')).toEqual([]);
  });
});

describe('cue words', () => {
  it('a capitalised "March" is a month, not a march', () => {
    const all = documentTriples("Venezuela's March protest against Colombia drew thousands.", { modality: true });
    expect(all).toEqual(['venezuela -protest-> colombia']);
    expect(protests('Last March, Venezuelan students rallied against Colombia.')).toEqual(['venezuelan-students -protest-> colombia']);
  });

  it('"went on strike", "stopped work" and "blocked roads" are protests when aimed', () => {
    expect(protests('Venezuelan workers went on strike to protest against the Colombian government.')).toEqual(['venezuelan-workers -protest-> colombia']);
  });
});

describe('parses that hang the purpose or its agent elsewhere', () => {
  it('"boycotted the courts to protest the dismissal ... by X": the purpose on the object is the subject\'s', () => {
    expect(protests('Pakistani lawyers boycotted the courts to protest the dismissal of the chief justice by President Pervez Musharraf.')).toEqual([
      'pakistani-lawyers -protest-> pervez-musharraf',
    ]);
  });

  it('"laws passed by Prime Minister X\'s government" with "by" hung on the title', () => {
    expect(protests("Farmers in India blocked highways leading to New Delhi for months to protest agricultural laws passed by Prime Minister Narendra Modi's government.")).toEqual([
      'indian-farmers -protest-> narendra-modi',
    ]);
  });

  it('"chanted slogans against X"', () => {
    expect(protests('Iranian students chanted slogans against the United States during a rally in Tehran.')).toEqual(['iranian-students -protest-> united-states']);
  });
});

describe('crowds and places', () => {
  it('"Tens of thousands of X rallied in P against Y": the crowd counted, the grievance hung on the place', () => {
    expect(protests('Tens of thousands of Syrian Kurds rallied in Qamishli against Turkey.')).toEqual(['syrian-kurds -protest-> turkiye']);
    expect(protests('Venezuelan students rioted in Caracas against Colombia.')).toEqual(['venezuelan-students -protest-> colombia']);
  });
});

describe('a protest pressing whoever could end it', () => {
  it('"will go on strike unless X withdraws the bill": a hypothetical protest aimed at X', () => {
    expect(protests('Venezuelan teachers will go on strike unless the Colombian government withdraws the bill.')).toEqual(['venezuelan-teachers -protest-> colombia [hypothetical]']);
  });

  it('"recalled its ambassador in protest at X\'s decision": the diplomatic protest is the recaller\'s', () => {
    expect(protests("Kenya recalled its ambassador from Uganda in protest at Uganda's decision to close the border.")).toEqual(['kenya -protest-> uganda']);
  });
});

describe('the date of a purpose infinitive hung on the object of a past verb', () => {
  it('"began a hunger strike on Monday to protest X": the Monday before publication', () => {
    const r = extractArticles("Venezuelan students began a hunger strike on Monday to protest against Colombia's decision.");
    expect(r.events.filter((e) => e.relation === 'protest').map((e) => `${e.date} ${e.datePrecision}`)).toEqual(['2024-03-11 day']);
  });
});

describe('a boycott of a vote or of classes is a protest', () => {
  it('"will boycott the election unless X steps down": a hypothetical protest aimed at X', () => {
    expect(protests('The Venezuelan opposition will boycott the election unless President Nicolas Maduro steps down.')).toEqual([
      'venezuelan-opposition -protest-> nicolas-maduro [hypothetical]',
    ]);
  });

  it('a boycott naming no one it presses makes no event', () => {
    expect(protests('Venezuelan opposition parties boycotted the vote.')).toEqual([]);
  });
});
