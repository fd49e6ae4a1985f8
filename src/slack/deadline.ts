export type Bounded<T> = { done: true; value: T } | { done: false };

/**
 * The outcome of `work` if it settles within `ms`, else `{ done: false }` while the work goes on
 * (a failure after that goes to `onLateError`). For answers Slack needs within 3 seconds.
 */
export async function within<T>(
  work: Promise<T>,
  ms: number,
  onLateError: (err: unknown) => void = () => undefined,
): Promise<Bounded<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ done: false }>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  const result = await Promise.race([work.then((value) => ({ done: true as const, value })), late]).finally(() =>
    clearTimeout(timer),
  );
  if (!result.done) work.catch(onLateError);
  return result;
}
