// Saved news pages written for this test (navigation, share bars, ads, related lists, newsletter
// box, footer around a real-looking story), imported through the real service: Readability picks
// the story, the page's metadata fills the fields, and no chrome comes along. Word F1 of the body
// against the story as written is printed and held to 0.95 (material made here, tuned on).
import { describe, expect, it } from "vitest";
import { plainText } from "../../shared/document/text.ts";
import { openLibrary } from "./index.ts";
import { freshLibraryEachTest } from "./libraryFile.test-support.ts";

let library: ReturnType<typeof openLibrary>;
freshLibraryEachTest(openLibrary, (opened) => (library = opened));

interface Story {
  site: string;
  headline: string;
  dek: string;
  author: string;
  paragraphs: string[];
  /** How the page names its author: JSON-LD, a rel=author link, or <meta name="author">. */
  authorBy: "ld" | "rel" | "meta";
}

const STORIES: Story[] = [
  {
    site: "Harbour Gazette",
    headline: "Council approves harbour dredging plan after late-night vote",
    dek: "Work to deepen the main channel will begin in the spring",
    author: "Ines Okafor",
    authorBy: "ld",
    paragraphs: [
      "PORTSMOUTH — The city council approved a plan to dredge the harbour's main channel on Tuesday night, ending two years of argument over the cost and the damage to the seabed.",
      "Councillors voted seven to two after a debate that ran past midnight. The plan will deepen the channel by three metres so that larger container ships can reach the new quay.",
      "\u201cThis is the most important decision this council has made in a decade,\u201d said the council leader, Maria Haddad, after the vote.",
      "Opponents said the work would stir up decades of industrial silt. Tom Ellery, who chairs the harbour residents' association, said the group would ask for a judicial review.",
      "The port authority expects the work to cost 41 million pounds, most of it paid by the shipping companies that use the port.",
      "Dredging is due to begin in March and to last eighteen months, with night work limited to two weeks at a time.",
    ],
  },
  {
    site: "Valley Courier",
    headline: "Flood barrier holds as river reaches record height",
    dek: "Hundreds of homes were spared as water rose overnight",
    author: "Daniel Brooks",
    authorBy: "rel",
    paragraphs: [
      "The new flood barrier on the River Wend held overnight as the water reached its highest level since records began in 1891, the Environment Agency said on Sunday.",
      "The river peaked at 5.2 metres at the town bridge shortly after 3am, twenty centimetres above the previous record set in 2007.",
      "\u201cWithout the barrier, we would have seen water in around four hundred homes,\u201d said Priya Nair, the agency's area manager.",
      "Residents of the lower town were told to move valuables upstairs on Saturday evening, and the leisure centre opened as a rest centre for those who chose to leave.",
      "Only two roads remained closed by Sunday afternoon. The agency said levels would fall slowly over the next three days if the forecast held.",
    ],
  },
];

function savedPage(story: Story): string {
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    description: story.dek,
    datePublished: "2026-03-03T07:30:00Z",
    ...(story.authorBy === "ld" ? { author: [{ "@type": "Person", name: story.author }] } : {}),
  };
  const byline =
    story.authorBy === "rel"
      ? `<p class="meta">By <a rel="author" href="/people/db">${story.author}</a> · <time datetime="2026-03-03T07:30:00Z">3 March 2026</time></p>`
      : `<p class="meta">By ${story.author} · <time datetime="2026-03-03T07:30:00Z">3 March 2026</time></p>`;
  const paragraphs = story.paragraphs.map((p) => `<p>${p}</p>`);
  // An ad and a newsletter box in the middle of the story, as real pages put them.
  paragraphs.splice(2, 0, `<div class="ad"><p>Advertisement</p><p>Story continues below</p></div>`);
  paragraphs.splice(
    5,
    0,
    `<aside class="newsletter"><p>Sign up for our morning newsletter and get the day's news in your inbox.</p></aside>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${story.headline} | ${story.site}</title>
<meta property="og:title" content="${story.headline}"><meta property="og:description" content="${story.dek}">
<meta name="twitter:card" content="summary_large_image">
${story.authorBy === "meta" ? `<meta name="author" content="${story.author}">` : ""}
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.analytics = { track() {} };</script>
</head><body>
<header class="site-header"><a href="/">${story.site}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>${story.headline}</h1>
<p class="standfirst">${story.dek}</p>
${byline}
<div class="share"><a href="https://facebook.com/share">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="mailto:?">Email</a></div>
<div class="article-body">
${paragraphs.join("\n")}
<img src="https://track.example.com/p.gif" width="1" height="1" alt="">
</div>
<section class="related"><h2>Related stories</h2><ul>
<li><a href="/news/1">Ferry strike ends after crews accept pay offer</a></li>
<li><a href="/news/2">New quay opens to container ships</a></li>
<li><a href="/news/3">Harbour residents fear years of disruption</a></li></ul></section>
</article></main>
<footer><p>© 2026 ${story.site}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>`;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Word F1 between what came in and what a careful reader keeps (bag of words). */
function wordF1(got: string, want: string): number {
  const count = (ws: string[]) =>
    ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const g = count(words(got));
  const w = count(words(want));
  let overlap = 0;
  for (const [word, n] of g) overlap += Math.min(n, w.get(word) ?? 0);
  const precision = overlap / Math.max(1, words(got).length);
  const recall = overlap / Math.max(1, words(want).length);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

describe("importing a saved news page", () => {
  it.each(STORIES)("$site: headline, dek and byline in their fields, the story whole, no chrome", (story) => {
    const article = library.service["articles.importText"]({ fileName: "page.html", text: savedPage(story) });
    const text = plainText(article.body);
    expect(article.headline).toBe(story.headline);
    expect(article.byline).toBe(story.author);
    expect(article.dek).toBe(story.dek);
    expect(text.startsWith(story.headline)).toBe(false);
    for (const chrome of [
      "Advertisement",
      "Story continues",
      "newsletter",
      "Facebook",
      "Related stories",
      "Ferry strike",
      "Privacy",
      "All rights reserved",
      "Sport",
    ])
      expect(text).not.toContain(chrome);
    const f1 = wordF1(text, story.paragraphs.join("\n\n"));
    console.log(`${story.site}: body word F1 ${f1.toFixed(3)}`);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});
