// A graph written by an attacker: every text field an analyst sees (labels, aliases, descriptions,
// notes, document titles, sources, urls, bodies and evidence, original relations, story captions,
// extra attributes, file names) holds markup, script, a javascript: URL, a template, a style
// breaker or one long unbroken word; ids are named like members of Object.prototype. Shared by
// the unit tests of the writers and the browser test (test/e2e/hostile.test.ts).
import type { DocumentMeta, SerializedDramatisGraph } from '../../../src/domain/contract';

export const IMG = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const SVG = '"><svg onload=window.__pwned=1>';
export const JS_URL = 'javascript:window.__pwned=1';
export const TEMPLATE = '{{constructor}}';
export const STYLE = '</style><style>*{display:none}</style>';
/** One word longer than any panel is wide. */
export const LONG = `Unbroken${'W'.repeat(320)}`;
export const JS_LINK = `[x](${JS_URL})`;
/** Cells a spreadsheet would run as formulas. */
export const FORMULAS = ['=HYPERLINK("http://evil.example","open")', '+1+cmd|/c calc!A1', '-2+3', '@SUM(A1:A9)'] as const;

export const HOSTILE_STRINGS = [IMG, SCRIPT, SVG, JS_URL, TEMPLATE, STYLE, LONG] as const;

/** Ids spelled like Object.prototype members; node ids among them that are its members are renamed "id:…" on import. */
export const PROTO_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'] as const;

export const HOSTILE_FILE_NAME = `${IMG}.json`;

const SENTENCES = [
  `The ${IMG} Council met the ${SCRIPT} Front on 2 June 2025.`,
  `The ${SCRIPT} Front threatened ${SVG} Media on 3 June 2025.`,
  `${TEMPLATE} Group accused the ${STYLE} Party on 4 June 2025.`,
  `The ${LONG} Union criticised ${JS_URL} and ${JS_LINK} on 5 June 2025.`,
  `Prototype Bureau met Proto Office on 6 June 2025.`,
  `Constructor Ministry supported ToString Agency on 7 June 2025.`,
  `Proto Office protested against Prototype Bureau on 8 June 2025.`,
  `${FORMULAS[0]} Cell met ${FORMULAS[3]} Cell on 9 June 2025.`,
] as const;

export const HOSTILE_BODY = `${SENTENCES.join(' ')}\n\n${STYLE} ${SCRIPT} ${IMG}`;

export function hostileSentence(i: number): { text: string; start: number; end: number } {
  const text = SENTENCES[i]!;
  const start = HOSTILE_BODY.indexOf(text);
  return { text, start, end: start + text.length };
}

export const HOSTILE_DOC_ID = 'constructor';

function documents(): DocumentMeta[] {
  return [
    {
      id: HOSTILE_DOC_ID,
      title: `Report ${IMG} ${SCRIPT}`,
      published: '2025-06-09',
      publishedPrecision: 'day',
      publishedInferred: false,
      source: `${SVG} Wire ${STYLE}`,
      url: JS_URL,
      body: HOSTILE_BODY,
    },
    { id: '__proto__', title: `${TEMPLATE} ${LONG}`, published: '2025-06-09', publishedPrecision: 'day', publishedInferred: false, source: null, body: HOSTILE_BODY },
  ];
}

/** Node attributes Dramatis does not know are dropped on import, and named in a warning: so the name is hostile too. */
const EXTRA_ATTRIBUTE = `${IMG}extra`;

const NODES: Array<[key: string, label: string, kind: string, more?: Record<string, unknown>]> = [
  ['img-council', `${IMG} Council`, 'organization', { aliases: [IMG, `${SCRIPT} alias`, TEMPLATE], description: `${SVG} description ${STYLE}`, notes: [`${STYLE} note`, LONG, JS_URL], [EXTRA_ATTRIBUTE]: SCRIPT }],
  ['script-front', `${SCRIPT} Front`, 'group'],
  ['svg-media', `${SVG} Media`, 'media'],
  ['template-group', `${TEMPLATE} Group`, 'group'],
  ['style-party', `${STYLE} Party`, 'group'],
  ['long-union', `The ${LONG} Union`, 'organization'],
  ['js-url', JS_URL, 'other'],
  ['prototype', 'Prototype Bureau', 'organization'],
  ['__proto__', 'Proto Office', 'organization'],
  ['constructor', 'Constructor Ministry', 'state'],
  ['toString', 'ToString Agency', 'organization'],
  ['formula-cell', `${FORMULAS[0]} Cell`, 'group', { aliases: [...FORMULAS], description: FORMULAS[1] }],
  ['sum-cell', `${FORMULAS[3]} Cell`, 'group'],
];

const EDGES: Array<[key: string, source: string, target: string, relation: string, sentence: number, date: string, docId?: string]> = [
  ['e-img', 'img-council', 'script-front', 'communication', 0, '2025-06-02'],
  ['e-script', 'script-front', 'svg-media', 'threat', 1, '2025-06-03'],
  ['e-template', 'template-group', 'style-party', IMG, 2, '2025-06-04'],
  ['e-long', 'long-union', 'js-url', SCRIPT, 3, '2025-06-05'],
  ['__proto__', 'prototype', '__proto__', 'communication', 4, '2025-06-06', '__proto__'],
  ['constructor', 'constructor', 'toString', 'support', 5, '2025-06-07'],
  ['toString', '__proto__', 'prototype', 'protest', 6, '2025-06-08', '__proto__'],
  ['e-formula', 'formula-cell', 'sum-cell', FORMULAS[2], 7, '2025-06-09'],
];

export const HOSTILE_STORY_CAPTION = `**${IMG}** ${SCRIPT} ${JS_LINK} ${STYLE} ${TEMPLATE} [safe](https://example.org/a) ${SVG}`;

/** The story file carried in the graph's `stories` attribute; story and step ids are prototype names too. */
export function hostileStories(): unknown {
  return {
    format: 'dramatis-stories',
    version: 1,
    stories: [
      {
        id: '__proto__',
        title: `${IMG} story`,
        steps: [
          // The first import of a session is "import-1": its edge keys carry that prefix.
          { id: 'constructor', view: { query: 'sel=import-1%3Ae-img', camera: null }, caption: HOSTILE_STORY_CAPTION },
          { id: 'toString', view: { query: `q=${encodeURIComponent(IMG)}`, camera: null }, caption: `${SVG}\n- ${SCRIPT}\n- ${JS_URL}` },
        ],
      },
    ],
  };
}

/** The hostile graph in the JSON contract, as a file would hold it (relations named as the file names them). */
export function hostileGraph(): SerializedDramatisGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { documents: documents(), stories: hostileStories() } as SerializedDramatisGraph['attributes'],
    nodes: NODES.map(([key, label, kind, more]) => ({ key, attributes: { label, kind, aliases: [label], ...more } as never })),
    edges: EDGES.map(([key, source, target, relation, i, date, docId]) => ({
      key,
      source,
      target,
      attributes: {
        relation,
        cameo: '',
        plover: null,
        date,
        datePrecision: 'day',
        doc: docId ?? HOSTILE_DOC_ID,
        evidence: hostileSentence(i),
        modality: 'asserted',
        confidence: 0.9,
        cue: IMG,
      },
    })),
  };
}

export function hostileJson(): string {
  return JSON.stringify(hostileGraph());
}

// Bidirectional controls: a right-to-left override turns what follows it around, the app's own
// words included. Each string below holds one; a stray PDI and an isolate left open try to break
// out of the isolate the app puts them in.
export const RLO = '\u202E';
export const BIDI_FILE_NAME = `report${RLO}atad.json`;
export const BIDI_LABEL = `Bank of ${RLO}cod.exe`;
export const BIDI_OTHER_LABEL = `Harbour ${RLO}licnuoC\u2069`;
export const BIDI_TITLE = `Bulletin ${RLO}fdp.tropeR`;
export const BIDI_SOURCE = `Wire \u2067${RLO}Agency`;
export const BIDI_SENTENCE = `${BIDI_LABEL} met the ${BIDI_OTHER_LABEL} on 2 June 2025.`;
export const BIDI_CAPTION = `**${BIDI_LABEL}** and ${RLO}*spoofed* words`;
export const BIDI_STORY_TITLE = `Story ${RLO}yrots`;

/** A small graph whose every user-visible string carries a bidi control. */
export function bidiJson(): string {
  const body = `${BIDI_SENTENCE}\n\n${BIDI_LABEL} wrote to ${BIDI_OTHER_LABEL} on 3 June 2025.`;
  const evidence = (text: string) => ({ text, start: body.indexOf(text), end: body.indexOf(text) + text.length });
  const graph: SerializedDramatisGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {
      documents: [{ id: 'bidi-doc', title: BIDI_TITLE, published: '2025-06-04', publishedPrecision: 'day', publishedInferred: false, source: BIDI_SOURCE, body }],
      stories: {
        format: 'dramatis-stories',
        version: 1,
        stories: [{ id: 'bidi-story', title: BIDI_STORY_TITLE, steps: [{ id: 'one', view: { query: '', camera: null }, caption: BIDI_CAPTION }] }],
      },
    } as SerializedDramatisGraph['attributes'],
    nodes: [
      { key: 'bank', attributes: { label: BIDI_LABEL, kind: 'organization', aliases: [BIDI_LABEL, `${RLO}knab`], description: `${RLO}A description` } as never },
      { key: 'harbour', attributes: { label: BIDI_OTHER_LABEL, kind: 'organization', aliases: [BIDI_OTHER_LABEL] } as never },
    ],
    edges: [
      {
        key: 'met',
        source: 'bank',
        target: 'harbour',
        attributes: { relation: 'communication', cameo: '', plover: null, date: '2025-06-02', datePrecision: 'day', doc: 'bidi-doc', evidence: evidence(BIDI_SENTENCE), modality: 'asserted', confidence: 0.9, cue: 'met' },
      },
    ],
  };
  return JSON.stringify(graph);
}
