// Who a name could be confused with, found by lookup instead of by comparing every pair: the
// spelling check ran every speaker against every other speaker and every source, refolding
// names each time, which grew with the square of the names in a long story. Each name is
// split and folded once here.
import { foldName } from "../../quotes/sourceMatch.ts";

const lowerTokens = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);

/** A name with its parts worked out once. */
export interface IndexedName {
  name: string;
  /** Lower-case words, for "the same spelling, shorter": Zakharova in Maria Zakharova. */
  tokens: Set<string>;
}

function indexed(name: string): IndexedName {
  return { name, tokens: new Set(lowerTokens(name)) };
}

/** One name's words all appear in the other's: a shorter reference, not another spelling. */
export function sameSpelling(a: IndexedName, b: IndexedName): boolean {
  const [small, big] = a.tokens.size <= b.tokens.size ? [a, b] : [b, a];
  return [...small.tokens].every((t) => big.tokens.has(t));
}

function addTo(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/**
 * Names indexed by their folded first and last word. A name can only be taken for another
 * that shares its given name or its surname (matchSourceName never accepts two names that
 * differ in both), so those are the only ones worth comparing; they come back in list order,
 * which keeps matchSourceName's choice among equals what it was over the whole list.
 */
export class NameIndex {
  readonly names: IndexedName[];
  private readonly byPart = new Map<string, number[]>();
  private readonly byToken = new Map<string, number[]>();

  constructor(names: readonly string[]) {
    this.names = names.map(indexed);
    this.names.forEach((n, i) => {
      const words = foldName(n.name).split(" ").filter(Boolean);
      if (words.length > 0) addTo(this.byPart, words[0], i);
      if (words.length > 1) addTo(this.byPart, words[words.length - 1], i);
      for (const t of n.tokens) addTo(this.byToken, t, i);
    });
  }

  /** Positions (in list order) of the names `name` could be a spelling of. */
  candidates(name: string): number[] {
    const words = foldName(name).split(" ").filter(Boolean);
    if (words.length === 0) return [];
    const found = new Set([
      ...(this.byPart.get(words[0]) ?? []),
      ...(this.byPart.get(words[words.length - 1]) ?? []),
    ]);
    return [...found].sort((a, b) => a - b);
  }

  /** Is some indexed name the same spelling as `name`, or a shorter or longer form of it? */
  hasSameSpelling(name: IndexedName): boolean {
    const sharing = new Set([...name.tokens].flatMap((t) => this.byToken.get(t) ?? []));
    return [...sharing].some((i) => sameSpelling(name, this.names[i]));
  }
}

export { indexed as indexName };
