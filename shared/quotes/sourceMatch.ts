// Near-match of a speaker name to the sources already in the library, to catch misspellings
// ("Ruen Vardanyan" for "Ruben Vardanyan") without merging different people with similar names.

import { editDistance } from "./editDistance.ts";

export interface SourceCandidate {
  id: string;
  name: string;
}
export interface SourceMatch extends SourceCandidate {
  /** Same name ignoring case, accents and punctuation. */
  exact: boolean;
  /** Edit distance between the compared names (0 when exact). */
  distance: number;
}

/** Lower-case, accents and dots removed, spaces collapsed: "Dr. José  Pérez" -> "dr jose perez". */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const words = (s: string): string[] => s.split(" ").filter(Boolean);

/**
 * The closest fitting candidate, or null. Accepted:
 * - exact: same folded name;
 * - surname-only input equal to a candidate's surname (the only such candidate);
 * - same given name and a surname at most 1 edit away (2 when the surname has 8+ letters),
 *   or same surname and a given name 1 edit away (Ruen/Ruben);
 * - whole name at most 2 edits away when both names have 8+ letters and the same number of words,
 *   but never when both given name and surname differ (Maria Zakharova is not Mario Zakharov).
 */
export function matchSourceName(name: string, candidates: SourceCandidate[]): SourceMatch | null {
  const folded = foldName(name);
  if (!folded) return null;
  const exact = candidates.find((c) => foldName(c.name) === folded);
  if (exact) return { id: exact.id, name: exact.name, exact: true, distance: 0 };

  const input = words(folded);
  let best: SourceMatch | null = null;
  const consider = (c: SourceCandidate, distance: number): void => {
    if (!best || distance < best.distance) best = { id: c.id, name: c.name, exact: false, distance };
  };

  if (input.length === 1) {
    const bySurname = candidates.filter((c) => words(foldName(c.name)).pop() === input[0]);
    if (bySurname.length === 1)
      return { id: bySurname[0].id, name: bySurname[0].name, exact: false, distance: 0 };
    return null; // a lone word is too little to guess a misspelling from
  }

  for (const c of candidates) {
    const cand = words(foldName(c.name));
    if (cand.length < 2) continue;
    const [given, surname] = [input[0], input[input.length - 1]];
    const [cGiven, cSurname] = [cand[0], cand[cand.length - 1]];
    const givenD = editDistance(given, cGiven);
    const surnameD = editDistance(surname, cSurname);
    if (givenD === 0 && surnameD <= (cSurname.length >= 8 ? 2 : 1) && surname.length >= 4) {
      consider(c, surnameD);
    } else if (surnameD === 0 && givenD === 1 && given.length >= 3 && cGiven.length >= 3) {
      consider(c, givenD);
    } else if (givenD > 0 && surnameD > 0) {
      continue; // both parts differ: more likely another person than a typo
    } else if (input.length === cand.length && folded.length >= 8) {
      const d = editDistance(folded, cand.join(" "));
      if (d <= 2) consider(c, d);
    }
  }
  return best;
}
