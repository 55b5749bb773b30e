// Autosave and review timings: what an editor's pause costs in a long story.
import type { ArticleBody, ParagraphNodeJSON, TextNodeJSON } from "../../shared/document/nodes.ts";
import { plainText } from "../../shared/document/text.ts";
import { detectQuotes } from "../../shared/quotes/index.ts";
import { reviewArticle } from "../../shared/review/index.ts";
import type { Handlers } from "../library/service.ts";
import { seeded, story } from "./corpus.ts";
import { time, type Timing } from "./timing.ts";

/** The body with its last paragraph's text ending in `mark`: one keystroke's difference. */
export function typed(body: ArticleBody, mark: string): ArticleBody {
  const children = [...body.root.children];
  const last = children[children.length - 1] as ParagraphNodeJSON;
  const text = last.children[0] as TextNodeJSON;
  children[children.length - 1] = { ...last, children: [{ ...text, text: `${text.text} ${mark}` }] };
  return { root: { ...body.root, children } };
}

/** The bench's own long story (found by headline, made once per library). */
export function benchStory(service: Handlers, words: number, status: "draft" | "ready"): string {
  const headline = `Bench story, ${words} words, ${status}`;
  const found = service["articles.list"]({ query: `"${headline}"`, limit: 5 }).find(
    (a) => a.headline === headline,
  );
  if (found) return found.id;
  const created = service["articles.create"]({ headline, body: story(seeded(7), words) });
  if (status === "ready") {
    service["articles.update"]({
      id: created.id,
      changes: { status: "ready" },
      override: { reason: "bench story" },
    });
  }
  return created.id;
}

export function benchAutosave(service: Handlers, runs = 20): Timing[] {
  const out: Timing[] = [];
  for (const [status, budget] of [
    ["draft", 10],
    ["ready", 30],
  ] as const) {
    const id = benchStory(service, 10_000, status);
    const base = service["articles.get"]({ id }).body;
    let n = 0;
    const save = () => service["articles.update"]({ id, changes: { body: typed(base, `k${n++}`) } });
    const label = status === "draft" ? "" : " marked ready";
    out.push(time(`autosave of a 10,000-word story${label} (service)`, runs, save, budget));
    // A ready story's save reviews the new body, quote detection included (shared/quotes, the
    // attribution engineer's part): detection of the same story alone, to see the rest.
    if (status === "ready") {
      const text = plainText(base);
      out.push(
        time("  of which quote detection of that story (shared/quotes)", runs, () => detectQuotes(text)),
      );
    }
  }
  return out;
}

export function benchReview(runs = 10): Timing[] {
  const out: Timing[] = [];
  for (const [words, budget] of [
    [10_000, 30],
    [50_000, 150],
  ] as const) {
    const body = story(seeded(11), words);
    const text = plainText(body);
    const w = words.toLocaleString("en");
    out.push(time(`quote detection alone, ${w} words`, runs, () => detectQuotes(text)));
    const detected = detectQuotes(text);
    out.push(
      time(`review alone (detection given), ${w} words`, runs, () =>
        reviewArticle({ body, sources: [], detected }),
      ),
    );
    out.push(
      time(`quote detection + review, ${w} words`, runs, () => reviewArticle({ body, sources: [] }), budget),
    );
  }
  return out;
}
