/**
 * Applies `work` to every item, at most `limit` at a time, and returns
 * each outcome in the items' order. A rejected item never stops the
 * others: every item is tried and every outcome reported.
 */
export async function runWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;

  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      outcomes[index] = await settle(() => work(items[index]!));
    }
  };

  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

async function settle<R>(
  work: () => Promise<R>,
): Promise<PromiseSettledResult<R>> {
  try {
    return { status: 'fulfilled', value: await work() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
