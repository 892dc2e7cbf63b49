/**
 * Translatable text inside nested content records (briefs, disputes, prompts, the teacher guide…),
 * keyed by a path of stable IDs: `dispute.<id>.accounts.<who…>` is awkward to write by hand for every
 * shape, so one walker names every text leaf and the same walker puts a translation back. An array item
 * with a string `id` is keyed by it; any other item by its position inside its ID'd parent (a brief's
 * third paragraph is `brief.<id>.sections.1.paragraphs.2`). Because both directions use one walk, the
 * keys a translator receives are exactly the keys the game looks up.
 */

/** Fields that hold IDs, tags, dates, sources or logic, never reader-facing text. */
export const NOT_TEXT: ReadonlySet<string> = new Set([
  'id',
  'sources',
  'source',
  'otherSources',
  'url',
  'date',
  'confidence',
  'kind',
  'side',
  'stance',
  'detail',
  'stage',
  'adviser',
  'beforeBeat',
  'beat',
  'counterfactuals',
]);

export interface TextLeaf {
  readonly key: string;
  readonly english: string;
}

const childKey = (item: unknown, index: number): string =>
  typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
    ? (item as { id: string }).id
    : String(index);

/** Every non-empty text leaf under `value`, keyed from `prefix`, in a stable order. */
export function textLeaves(prefix: string, value: unknown, skip: ReadonlySet<string> = NOT_TEXT): TextLeaf[] {
  const out: TextLeaf[] = [];
  const walk = (key: string, v: unknown): void => {
    if (typeof v === 'string') {
      if (v !== '') out.push({ key, english: v });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(`${key}.${childKey(item, i)}`, item);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [field, child] of Object.entries(v)) if (!skip.has(field)) walk(`${key}.${field}`, child);
    }
  };
  walk(prefix, value);
  return out;
}

/**
 * A copy of `value` with each text leaf that `translation` has replaced; leaves it lacks stay English,
 * and everything that is not text (IDs, sources, numbers) is kept as it is.
 */
export function localizeTree<T>(
  prefix: string,
  value: T,
  translation: Readonly<Record<string, string>>,
  skip: ReadonlySet<string> = NOT_TEXT,
): T {
  const walk = (key: string, v: unknown): unknown => {
    if (typeof v === 'string') return translation[key] ?? v;
    if (Array.isArray(v)) return v.map((item, i) => walk(`${key}.${childKey(item, i)}`, item));
    if (typeof v === 'object' && v !== null) {
      const copy: Record<string, unknown> = {};
      for (const [field, child] of Object.entries(v)) copy[field] = skip.has(field) ? child : walk(`${key}.${field}`, child);
      return copy;
    }
    return v;
  };
  return walk(prefix, value) as T;
}
