/**
 * A listener whose module loads at its first request, not at start-up: the port opens without the
 * ~140 modules behind the listeners, and each request still runs its listener (the first one waits
 * for the load). A load that fails fails that request, and the next one loads again.
 */
export function loadedOnUse<Args>(load: () => Promise<(args: Args) => Promise<void>>): (args: Args) => Promise<void> {
  let loading: Promise<(args: Args) => Promise<void>> | undefined;
  return async function listenerLoadedOnUse(args: Args): Promise<void> {
    loading ??= load().catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
    return (await loading)(args);
  };
}
