/**
 * A tiny argument parser for the CLI scripts: `--flag`, `--key value`. With `known`, an option not in
 * it is refused with the list, so a misspelt one (`--cohen off` for `--no-cohen`) is not silently
 * ignored while the script prints the default's figures.
 */
export function parseArgs(argv: readonly string[], known?: readonly string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`Unexpected argument "${a}"`);
    if (known && !known.includes(a.slice(2)))
      throw new Error(
        `Unknown option "${a}"; this script takes ${known.length ? known.map((k) => `--${k}`).join(', ') : 'no options'}`,
      );
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      args.set(a.slice(2), next);
      i++;
    } else {
      args.set(a.slice(2), true);
    }
  }
  return args;
}

/** The largest seed the core accepts (seeds are 32-bit). */
export const MAX_SEED = 0xffffffff;

/** A whole number from 0 to `max`; anything else is refused with the range, never wrapped or clamped. */
export function intArg(args: Map<string, string | true>, key: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = args.get(key);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || !/^\d+$/.test(v) || !Number.isSafeInteger(n) || n > max) {
    throw new Error(`--${key} needs a whole number from 0 to ${max}`);
  }
  return n;
}

/** Prints one JSON object, or a JSON error with exit status 2 — never a stack trace. */
export function runCli(main: () => unknown): void {
  try {
    process.stdout.write(`${JSON.stringify(main())}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ error: err instanceof Error ? err.message : String(err) })}\n`);
    process.exitCode = 2;
  }
}
