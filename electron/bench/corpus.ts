// Synthetic newsroom copy for benchmarks: sentences from a fixed vocabulary, seeded so
// every run builds the same library.
import { body, paragraph } from "../../shared/document/build.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";

const WORDS = (
  "council budget minister ministry police court judge ferry harbour bridge election vote tax school " +
  "hospital doctor nurse strike union wage price market bank rate inflation energy gas power grid storm " +
  "flood river road rail station airport border troops ceasefire talks deal agreement report study " +
  "researchers university city town village mayor governor president spokesman spokeswoman official " +
  "officials residents families workers farmers drivers teachers students police said told added warned " +
  "on in at of for with after before during the a an and but while as this that these those new old " +
  "first last week month year Tuesday Monday Friday morning evening plan plans project cost costs million"
).split(" ");

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sentence(random: () => number, words = 8 + Math.floor(random() * 14)): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = out.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A story of about `words` words in paragraphs of two or three sentences. */
export function story(random: () => number, words: number): ArticleBody {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const p = [sentence(random), sentence(random), random() < 0.5 ? sentence(random) : ""].join(" ").trim();
    count += p.split(" ").length;
    paragraphs.push(p);
  }
  return body(paragraphs.map((p) => paragraph(p)));
}
