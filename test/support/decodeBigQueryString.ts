const SIMPLE: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  a: '\u0007',
  '?': '?',
};

/**
 * Reads a single-quoted GoogleSQL string literal by the documented escape
 * rules, and throws unless the whole text is exactly one such literal.
 * An independent reading to check the dialect's escaping against.
 */
export function decodeBigQueryString(literal: string): string {
  if (!literal.startsWith("'")) throw new Error('no opening quote');
  let out = '';
  let i = 1;

  while (i < literal.length) {
    const char = literal[i]!;
    if (char === "'") {
      if (i !== literal.length - 1) throw new Error('literal ends early');
      return out;
    }
    if (char === '\n' || char === '\r') throw new Error('raw newline');
    if (char !== '\\') {
      out += char;
      i += 1;
      continue;
    }
    const [decoded, width] = escape(literal, i + 1);
    out += decoded;
    i += 1 + width;
  }
  throw new Error('no closing quote');
}

function escape(text: string, at: number): [string, number] {
  const code = text[at];
  if (code === undefined) throw new Error('dangling backslash');
  if (code in SIMPLE) return [SIMPLE[code]!, 1];
  if (code === 'x' || code === 'X') return [hex(text.slice(at + 1, at + 3)), 3];
  throw new Error(`unknown escape \\${code}`);
}

function hex(digits: string): string {
  if (!/^[0-9a-fA-F]{2}$/.test(digits)) throw new Error('bad \\x escape');
  return String.fromCharCode(parseInt(digits, 16));
}
