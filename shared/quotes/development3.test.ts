// Scores detectQuotes on a third held-out set: six stories in styles the development corpus and the
// first two held-out sets do not lean on (a Reuters energy/markets story, an Australian regional
// story in single quotes, a sports feature with quotes run on over paragraphs, a science story with
// a dissenting expert, a humanitarian disaster story with a UN agency, an NGO and an anonymous
// official, and a business/legal story quoting a regulator's complaint, a company and its lawyer).
// They were written and annotated while the detector was being changed, by someone who read
// neither the detector code nor its output on them, and nothing was tuned on them.
//
// Measured on its one clean run, after all the speaker work (93 quotes): precision 100%, recall
// 100%, speaker 80% (74/93; per story 75–83%), kind 100%. That 80% is the first-sight figure.
//
// It has since been USED FOR DEVELOPMENT: its 19 speaker misses were grouped into general classes
// (short forms of Australian titles, body names with "for the" and "&", roles named later, an
// office nobody holds by name, relative "which said", labels between an owner and a noun,
// headlines that open with the speaker's kind) and those classes fixed; it now scores speaker
// 100% (93/93). It is no longer a held-out set; the floors (measured minus a margin) only guard
// against regressions.
import { describeAnnotatedSet } from "./annotatedSet.test-support.ts";

describeAnnotatedSet(
  "development set 3 (once held-out 3)",
  new URL("./fixtures/development3/", import.meta.url),
  6,
  {
    found: { all: 0.95, story: 0.9 },
    speaker: { all: 0.92, story: 0.85 },
    kind: 0.92,
  },
);
