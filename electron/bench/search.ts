// Search timings through the service on the bench library, one row per measure of issue 17.
import type { Handlers } from "../library/service.ts";
import { RARE_WORD } from "./library.ts";
import { time, type Timing } from "./timing.ts";

const SEARCH_BUDGET_MS = 20;

export function benchSearch(service: Handlers, runs = 20): Timing[] {
  const search = (query: string) => () => service["articles.list"]({ query });
  const row = (what: string, query: string) => time(what, runs, search(query), SEARCH_BUDGET_MS);
  return [
    time("library list, newest first (200)", runs, () => service["articles.list"]({}), SEARCH_BUDGET_MS),
    row("search, rare word", RARE_WORD.toLowerCase()),
    row('search, "said" (in almost every article)', "said"),
    row('search, "the"', "the"),
    row('search as typed: "cou"', "cou"),
    row('search as typed: "coun"', "coun"),
    row('search as typed: "counc"', "counc"),
    row('search, two words ("water rates")', "water rates"),
    row('search, quoted phrase ("water rates" in quotes)', '"water rates"'),
  ];
}
