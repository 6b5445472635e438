// Shared fast-check arbitraries for the fuzz tests (test/fuzz*.test.ts): news-like text built from
// the shipped data, hostile strings, publication anchors and random contract-valid graphs.
import fc from 'fast-check';
import actorsFile from '../../data/actors.json';
import countriesFile from '../../data/gazetteer/countries.json';
import personsFile from '../../data/gazetteer/persons.json';
import relationsFile from '../../data/relations.json';
import { ACTOR_KINDS, MODALITIES, type DatePrecision, type SerializedDramatisGraph, type SerializedEdge, type SerializedNode } from '../../src/domain/contract';

/**
 * Calls `fn`, failing with the input when one call costs more than `boundMs` of this process's CPU
 * time (a hang detector; CPU time, so that other processes on a busy machine do not stretch it).
 */
export function withinBound<T>(boundMs: number, what: string, fn: () => T): T {
  const before = process.cpuUsage();
  const out = fn();
  const used = process.cpuUsage(before);
  const took = (used.user + used.system) / 1000;
  if (took > boundMs) throw new Error(`${what} took ${Math.round(took)} ms (bound ${boundMs} ms)`);
  return out;
}

// Runs are random; FUZZ_SEED=<seed printed by a failure> replays one (add its `path` to shrink straight to it).
const replaySeed = Number(process.env.FUZZ_SEED);
if (process.env.FUZZ_SEED && Number.isInteger(replaySeed)) fc.configureGlobal({ seed: replaySeed });

/**
 * Per-input time bound of every fuzz test, in milliseconds: catches hangs and runaway cost (minutes),
 * with room for a first input that pays for JIT warm-up on a machine busy with other work.
 */
export const PER_INPUT_MS = 5000;
/**
 * Cases per property: 1,000 in `npm test` (a new seed each run, so runs add up), 10,000 with
 * `npm run test:fuzz` (FUZZ_RUNS=N sets any).
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Math.floor(Number(process.env.FUZZ_RUNS)) : 1_000;
/**
 * Wall-clock backstop of a fuzz test: the check is PER_INPUT_MS of CPU per input. At a low priority
 * beside the browser tests on a busy machine, 2,000 cases that take a few CPU seconds took over
 * 2 minutes of wall time; a hang is caught here, slowness is not failed.
 */
export const FUZZ_TEST_TIMEOUT_MS = Math.max(10 * 60_000, FUZZ_RUNS * 300);

// ---- text pieces -------------------------------------------------------------------------------

/** Strings made to trick a renderer, a parser or a plain object used as a map. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  ']]><!--',
  '&amp;&lt;&#0;&#x0;',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  '',
  ' ',
  '=HYPERLINK("x")',
  '${1+1}',
  '\u202Eevil\u202C',
  'null',
  'undefined',
  'NaN',
  '-Infinity',
  '1e309',
] as const;

const firstLabels = <T extends { label: string; aliases?: string[] }>(xs: T[], n: number) => xs.slice(0, n).flatMap((x) => [x.label, ...(x.aliases ?? []).slice(0, 2)]);

/** Actor names the dictionary knows, and a few it does not. */
export const ACTOR_NAMES: readonly string[] = [
  ...actorsFile.actors.flatMap((a) => [a.label, ...a.aliases.slice(0, 2), ...(a.demonyms ?? []).slice(0, 1)]),
  ...firstLabels(countriesFile.countries, 60),
  ...firstLabels(personsFile.actors, 40),
  'Hossein Amir-Abdollahian',
  'the Foreign Ministry',
  'Hezbollah',
  'the Houthis',
  'rebels',
  'he',
  'she',
  'it',
  'they',
  'the spokesman',
  // Names whose slugs are members of Object.prototype.
  'President Constructor',
  'the Constructor Party',
  'Minister Tostring',
  'Valueof Corp',
  'Hasownproperty',
];

type RelationFile = { relations: { cues: { verbs?: Record<string, string>; nouns?: Record<string, string>; phrases?: Record<string, string> } }[] };
const cues = (relationsFile as unknown as RelationFile).relations.map((r) => r.cues);
const verbLemmas = cues.flatMap((c) => Object.keys(c.verbs ?? {}));

/** Verb forms from the relation cues: lemma, crude past and third person, and the cue phrases and nouns. */
export const VERB_FORMS: readonly string[] = [
  ...verbLemmas,
  ...verbLemmas.map((v) => (v.endsWith('e') ? `${v}d` : `${v}ed`)),
  ...verbLemmas.map((v) => `${v}s`),
  ...cues.flatMap((c) => Object.keys(c.phrases ?? {})),
  ...cues.flatMap((c) => Object.keys(c.nouns ?? {}).map((n) => `held a ${n} with`)),
  'met',
  'struck',
  'said',
  'told',
  'accused',
  'threatened',
];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Sept', 'feb'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Date expressions in many forms, including impossible and far-off ones. */
export const datePhrase: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'on Monday',
    'last week',
    'next week',
    'last month',
    'this year',
    'last Friday',
    'next Sunday',
    'yesterday',
    'today',
    'tonight',
    'over the weekend',
    'early May',
    'mid-June',
    'late February',
    'between 2019 and 2021',
    'from 2021 to 2019',
    'since December 28',
    'January 11-12',
    'from March 1 to March 3, 2023',
    'on February 29',
    'on Feb 30',
    'on 31 April',
    'in 2025',
    'since 1999',
    "last July's",
    'the day before yesterday',
    'at 25:61',
    '2024-02-29',
    '29/02/2023',
    '13/13/2013',
  ),
  fc.tuple(fc.constantFrom('on', 'in', 'by', 'since', 'until', ''), fc.integer({ min: 0, max: 40 }), fc.constantFrom(...MONTH_NAMES), fc.integer({ min: 0, max: 99_999 }))
    .map(([p, d, m, y]) => `${p} ${d} ${m} ${y}`),
  fc.tuple(fc.constantFrom(...MONTH_NAMES), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 99_999 })).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(fc.constantFrom('on', 'last', 'next', 'this'), fc.constantFrom(...WEEKDAYS)).map(([p, w]) => `${p} ${w}`),
  fc.tuple(fc.constantFrom('in', 'during', 'since', 'of'), fc.integer({ min: 1000, max: 2999 })).map(([p, y]) => `${p} ${y}`),
);

/** Odd characters and tokens: unicode, emoji, bidi marks, lone surrogates, CRLF, NUL, long tokens. */
export const oddPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\r\n', '\n', '\n\n', '\r', '\t', '\u0000', '\u200F', '\u200E', '\u202E', '\uFEFF', '\u00A0', '\u2028', '\uD800', '\uDFFF', '😀', '👨‍👩‍👧', 'é', 'ﬁ', 'İ', 'ß', 'مرحبا', 'שלום', '北京', '“', '”', '’', '—', '…', '...', '.', '!?', ';', '"', "'s"),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.integer({ min: 50, max: 400 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

const subject = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ACTOR_NAMES) }, { weight: 1, arbitrary: oddPiece });
const stance = fc.constantFrom('', 'did not', 'will', 'may', 'threatened to', 'reportedly', 'is expected to', 'never', 'could', 'has');

/** One news-like sentence: subject, maybe a stance, a cue verb, an object, maybe a date and an attribution. */
export const newsSentence: fc.Arbitrary<string> = fc
  .tuple(
    subject,
    stance,
    fc.constantFrom(...VERB_FORMS),
    subject,
    fc.option(datePhrase, { nil: '' }),
    fc.constantFrom('', ', officials said', ', according to Reuters', ', X said', ' and Y'),
    fc.constantFrom('.', '!', '?', '', '."', '…', '.\r\n'),
  )
  .map(([s, st, v, o, d, attr, end]) => [s, st, v, o, d].filter(Boolean).join(' ') + attr + end);

/** A short body: one to three sentences, odd pieces, quotes, separators — small enough for 10k runs. */
export const newsBody: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: newsSentence },
      { weight: 1, arbitrary: newsSentence.map((s) => `“${s}”`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ACTOR_NAMES), newsSentence).map(([who, s]) => `${who} said: "${s}"`) },
      { weight: 2, arbitrary: oddPiece },
      { weight: 1, arbitrary: fc.constantFrom('....', '!!!', ',,,', '— — —', '') },
      { weight: 1, arbitrary: newsSentence.map((s) => s.replace(/[.!?,;:"“”]/g, '')) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(' ', '\n', '\r\n', '\n\n', '', '  '), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, seps]) => parts.map((p, i) => p + seps[i]).join(''));

/** Arbitrary text: random code points, lone surrogates included. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.oneof(fc.constantFrom('a', 'A', ' ', '.', '\n', '\uD83D', '\uDE00', '"', 'Iran', 'US', 'on', 'May', '1'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 80 }),
  fc.array(oddPiece, { maxLength: 12 }).map((xs) => xs.join('')),
);

// ---- dates ------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Valid calendar days, biased to leap days, month ends and year boundaries. */
export const isoDay: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2024-02-29', '2000-02-29', '1900-03-01', '2023-12-31', '2024-01-01', '2026-01-12', '1999-12-31', '2100-02-28', '2025-06-30'),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A publication date of any precision ('minute', 'day', 'month', 'year') as parseDocument gives it. */
export const publishedAnchor: fc.Arbitrary<{ published: string; precision: 'minute' | 'day' | 'month' | 'year' }> = fc.oneof(
  isoDay.map((d) => ({ published: d, precision: 'day' as const })),
  fc.tuple(isoDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, h, m]) => ({ published: `${d}T${pad(h)}:${pad(m)}`, precision: 'minute' as const })),
  isoDay.map((d) => ({ published: d.slice(0, 7), precision: 'month' as const })),
  isoDay.map((d) => ({ published: d.slice(0, 4), precision: 'year' as const })),
);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** True when `s` is a real calendar day, month or year written as the contract writes it. */
export function isCalendarDate(s: string): boolean {
  if (!DAY.test(s) && !MONTH.test(s) && !YEAR.test(s)) return false;
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m - 1, d));
  probe.setUTCFullYear(y!);
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Whether `date` is written at `precision` (a document date is the publication's day, month or year). */
export function matchesPrecision(date: string, precision: DatePrecision, published: string | null): boolean {
  if (precision === 'day') return DAY.test(date);
  if (precision === 'month') return MONTH.test(date);
  if (precision === 'year') return YEAR.test(date);
  return published !== null && date === published.slice(0, 10);
}

// ---- graphs -----------------------------------------------------------------------------------

const RELATION_IDS = (relationsFile as unknown as { relations: { id: string; cameo: string[]; plover: string | null }[] }).relations;
// Keys graphology itself can hold: a node keyed "__proto__" corrupts its adjacency objects (see
// src/graph/formats/safeNodeKeys.ts), so such ids reach the importers through file mutations instead.
const idLike = fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) }, { weight: 1, arbitrary: fc.constantFrom('<b>', 'a&b', 'é', 'id:x', '1') });
const textValue = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) });

/** A random graph that passes validateGraph: 1–5 actors, up to 6 relations, one or two documents. */
export const validGraph: fc.Arbitrary<SerializedDramatisGraph> = fc
  .record({
    keys: fc.uniqueArray(idLike, { minLength: 1, maxLength: 5 }),
    labels: fc.array(textValue.filter((s) => s.length > 0), { minLength: 6, maxLength: 6 }),
    kinds: fc.array(fc.constantFrom(...ACTOR_KINDS), { minLength: 6, maxLength: 6 }),
    bodies: fc.array(fc.string({ minLength: 5, maxLength: 40 }).filter((s) => s.trim().length > 0), { minLength: 1, maxLength: 2 }),
    published: fc.option(isoDay, { nil: null }),
    edges: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        rel: fc.nat(),
        date: isoDay,
        precision: fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'>,
        modality: fc.constantFrom(...MODALITIES),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        cue: fc.option(textValue, { nil: undefined }),
        doc: fc.nat(),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ keys, labels, kinds, bodies, published, edges }) => {
    const documents = bodies.map((body, i) => ({ id: `doc-${i}`, title: labels[i] ?? 'Title', published, publishedPrecision: published ? ('day' as const) : ('unknown' as const), publishedInferred: false, source: null, body }));
    const nodes: SerializedNode[] = keys.map((key, i) => ({ key, attributes: { label: labels[i]!, kind: kinds[i]!, aliases: [labels[i]!] } }));
    const out: SerializedEdge[] = [];
    edges.forEach((e, i) => {
      const source = keys[e.s % keys.length]!;
      const target = keys[e.t % keys.length]!;
      if (source === target) return;
      const r = RELATION_IDS[e.rel % RELATION_IDS.length]!;
      const doc = documents[e.doc % documents.length]!;
      const end = Math.min(doc.body.length, 3 + (e.s % 10));
      const cut = e.precision === 'day' ? 10 : e.precision === 'month' ? 7 : 4;
      out.push({
        key: `e${i}`,
        source,
        target,
        attributes: {
          relation: r.id,
          cameo: r.cameo[0]!,
          plover: r.plover,
          date: e.date.slice(0, cut),
          datePrecision: e.precision,
          doc: doc.id,
          evidence: { text: doc.body.slice(0, end), start: 0, end },
          modality: e.modality,
          confidence: e.confidence,
          ...(e.cue !== undefined ? { cue: e.cue } : {}),
        },
      });
    });
    // Evidence must not be blank: drop edges whose slice is only whitespace.
    const edgesKept = out.filter((e) => e.attributes.evidence.text.trim());
    return { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { documents }, nodes, edges: edgesKept };
  });
