/**
 * V8 flags for the processes that run the engines over a whole projection: workers and the API's
 * graph-query process. A young generation of 64 MiB a semi-space instead of V8's 16 MiB: a
 * province's partner run makes millions of short-lived objects (each candidate's components,
 * facts and path) beside a projection of more than a gigabyte that stays, and with the default
 * young generation many of them lived just long enough to be promoted, so the old generation was
 * marked again and again. Measured on the 100k province's partner run, same process otherwise:
 * 58–59 s with the default, 43–50 s with it (32 MiB gave 44 s, 128 MiB 43 s; docs/benchmarks.md),
 * for about 35 MiB more at the engines' peak and 200 MiB more at a worker's.
 */
export const ENGINE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/**
 * Whether this process was started with the engine flags, on its command line or in NODE_OPTIONS.
 * A V8 heap's young generation is sized when the process starts, so a worker started without
 * them can only say so (it runs, slower).
 */
export function hasEngineV8Flags(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
): boolean {
  const given = [...execArgv, ...nodeOptions.split(/\s+/u)];
  return ENGINE_V8_FLAGS.every((flag) => given.includes(flag));
}
