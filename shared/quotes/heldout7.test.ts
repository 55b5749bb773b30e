// Scores detectQuotes on a seventh held-out set: six stories written for issue 15 after held-out
// 6 (an Indian city-council story with Shri/Smt titles and a company statement, a Canadian Press
// hockey story with two brothers named by given name alone, a Reuters Berlin/Brussels policy story
// with translated quotes and an association's statement, a New York Times-style South African
// strike dispatch with a run-on quotation, a union leader named once before three untagged
// quotations and an untagged quotation after "In an interview, Ms. Naidoo…", a Reuters Seoul
// business story with family-first names and two Parks, a BBC-style inquest in straight single
// quotes with a headline quote and the coroner named late). They were written, annotated and
// committed (ae5dc2c) before the detector was run on them; nothing was tuned on them.
//
// Measured on its one run (86 quotes, exact-name scorer): precision 100%, recall 100%, kind 100%,
// speaker 87% (75/86; per story 54–100%). The misses, by class: a family name used alone is read
// as a body and not carried to the person ("Park told reporters", "said Park, whose
// appointment…": "Park" for Park Ji-won, six times, in a story that also names her father Park
// Sang-chul); a role after the age wins over the name ("Ramesh Gawande, 63, a retired railway
// employee, said": "a retired railway employee", twice, once on a carried-over paragraph); a
// phrase after "alleged that" goes to nobody ("Shri Prakash Wankhede alleged that … 'in a tearing
// hurry'"); an association's name cut at its nationality and possessive ("The German Plastics
// Processors’ Association (GKV-P) said": "Plastics Processors"); a quotation before the speaker
// is named ("A coroner has said … was 'entirely avoidable'": nobody). No annotation was changed
// after the run. The floors are the first-run figures minus a margin. Two general fixes made after
// reading these misses (a family-first surname is the person even when "the company" follows it;
// an age may open an apposition; both tested on other copy) bring it to 83/86 = 96.5%: a
// development figure, no longer a forecast.
import { describeAnnotatedSet } from "./annotatedSet.test-support.ts";

describeAnnotatedSet("held-out 7", new URL("./fixtures/heldout7/", import.meta.url), 6, {
  found: { all: 0.95, story: 0.9 },
  speaker: { all: 0.82, story: 0.45 },
  kind: 0.95,
});
