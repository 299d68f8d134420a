/** Where two texts first differ, as a short hint for a reviewer. */
export function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  const line = want.findIndex((text, index) => text !== have[index]);
  const at = line === -1 ? want.length : line;

  const shown = (text: string | undefined) =>
    text === undefined ? 'end of file' : JSON.stringify(text.slice(0, 60));
  return `line ${at + 1}: expected ${shown(want[at])}, found ${shown(have[at])}`;
}
