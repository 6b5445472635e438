// Finds where a JSON text stops being JSON. JSON.parse says whether it is; its messages differ
// between engines and often give no position, so this scanner walks the grammar to name the spot.
import { describePosition, positionAt } from './textPosition';

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class Scanner {
  i = 0;
  constructor(private readonly s: string) {}

  fail(what: string): never {
    if (this.i >= this.s.length) throw new JsonSyntaxError(this.i, `the file ends where ${what} was expected (is it cut short?)`);
    const found = this.s[this.i] === '\n' ? 'a line break' : JSON.stringify(this.s.slice(this.i, this.i + 12));
    throw new JsonSyntaxError(this.i, `${what} was expected, found ${found}`);
  }

  space(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  value(): void {
    this.space();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const word of LITERALS) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(this.s)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    this.fail('a value');
  }

  string(): void {
    this.i++;
    STRING_BODY.lastIndex = this.i;
    STRING_BODY.test(this.s);
    this.i = STRING_BODY.lastIndex;
    if (this.s[this.i] === '"') {
      this.i++;
      return;
    }
    if (this.i >= this.s.length) this.fail('the end of a string (")');
    this.fail(this.s[this.i] === '\\' ? 'a valid escape in a string' : 'the end of a string (") or a character allowed in one');
  }

  array(): void {
    this.i++;
    this.space();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] === ']') {
        this.i++;
        return;
      } else this.fail("',' or ']' after an array item");
    }
  }

  object(): void {
    this.i++;
    this.space();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') this.fail('a property name in double quotes');
      this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail("':' after a property name");
      this.i++;
      this.value();
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] === '}') {
        this.i++;
        return;
      } else this.fail("',' or '}' after a property value");
    }
  }

  document(): void {
    this.value();
    this.space();
    if (this.i < this.s.length) this.fail('the end of the file after the JSON value');
  }
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses JSON; on failure the message says what is wrong and where ("line 3, column 7: …"). */
export function parseJsonLocated(text: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    try {
      new Scanner(body).document();
    } catch (located) {
      if (located instanceof JsonSyntaxError) {
        const offset = located.offset + (body === text ? 0 : 1);
        return { ok: false, message: `${describePosition(positionAt(text, offset))}: ${located.message}.` };
      }
    }
    return { ok: false, message: `not valid JSON: ${(err as Error).message}` };
  }
}
