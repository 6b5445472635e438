/** One syntactic word of a CoNLL-U sentence (multiword-token ranges and empty nodes are left out). */
export interface UdToken {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head index, 0 for the root, -1 when the file gives none. */
  head: number;
  deprel: string;
  misc: string;
}

export interface UdSentence {
  /** Comment lines without the leading "# ". */
  comments: string[];
  tokens: UdToken[];
}

function field(value: string | undefined): string {
  return value === undefined || value === '' ? '_' : value;
}

function readTokenLine(line: string, lineNumber: number): UdToken | null {
  const cols = line.split('\t');
  if (cols.length !== 10) throw new Error(`CoNLL-U line ${lineNumber}: expected 10 columns, found ${cols.length}`);
  const id = cols[0]!;
  if (id.includes('-') || id.includes('.')) return null;
  const head = cols[6] === '_' ? -1 : Number(cols[6]);
  if (Number.isNaN(head)) throw new Error(`CoNLL-U line ${lineNumber}: head "${cols[6]}" is not a number`);
  return {
    form: cols[1]!,
    lemma: cols[2]!,
    upos: cols[3]!,
    xpos: cols[4]!,
    feats: cols[5]!,
    head,
    deprel: cols[7]!,
    misc: cols[9]!,
  };
}

/** Reads every sentence of a CoNLL-U text. */
export function readConllu(text: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  let current: UdSentence = { comments: [], tokens: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { comments: [], tokens: [] };
    } else if (line.startsWith('#')) {
      current.comments.push(line.replace(/^#\s?/, ''));
    } else {
      const token = readTokenLine(line, i + 1);
      if (token) current.tokens.push(token);
    }
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/** Writes sentences as CoNLL-U (basic trees only: the DEPS column is left empty). */
export function writeConllu(sentences: readonly UdSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    for (const comment of sentence.comments) out.push(`# ${comment}`);
    sentence.tokens.forEach((t, i) => {
      const head = t.head < 0 ? '_' : String(t.head);
      out.push(
        [i + 1, t.form, field(t.lemma), field(t.upos), field(t.xpos), field(t.feats), head, field(t.deprel), '_', field(t.misc)].join(
          '\t',
        ),
      );
    });
    out.push('');
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}
