// Commands that read a story: `quotes` (a file) and `review` (a file or a library article).
import { existsSync } from "node:fs";
import type { ReviewedFinding } from "../../shared/api/sourceSchemas.ts";
import { detectQuotes } from "../../shared/quotes/index.ts";
import { reviewArticle, reviewedFindings, reviewText } from "../../shared/review/index.ts";
import { call } from "./call.ts";
import type { Command, Output } from "./command.ts";
import { readFlags } from "./flags.ts";
import { withLibrary } from "./library.ts";
import { readStoryFile } from "./storyFile.ts";

export const looksLikeFile = (arg: string) => existsSync(arg) || /[./\\]/.test(arg);

export const quotesCommand: Command = (argv, io) => {
  const { values, positionals } = readFlags(argv, { json: { type: "boolean" } });
  const [file] = positionals;
  if (!file) {
    io.err("usage: copydesk quotes FILE [--json]");
    return 2;
  }
  const quotes = detectQuotes(readStoryFile(file).text).map((q) => ({
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker,
    cue: q.cue,
    confidence: Math.round(q.confidence * 100) / 100,
  }));
  if (values.json) io.out(JSON.stringify({ quotes }, null, 2));
  else
    for (const q of quotes)
      io.out(
        `${String(q.start).padStart(6)}  ${q.kind.padEnd(7)}  ${q.speaker ?? "(no speaker)"}: “${q.text}”`,
      );
  return 0;
};

/** A story file has no library, so no sign-offs and no sources on file. */
function reviewFile(path: string): { findings: ReviewedFinding[]; openBlockers: number } {
  const story = readStoryFile(path);
  const findings = story.body ? reviewArticle({ body: story.body, sources: [] }) : reviewText(story.text);
  return reviewedFindings(findings, []);
}

function printFindings(
  io: Output,
  { findings, openBlockers }: { findings: ReviewedFinding[]; openBlockers: number },
) {
  for (const f of findings)
    io.out(
      `${f.severity.padEnd(8)} ${f.rule.padEnd(30)} ${f.start}-${f.end}  ${f.message}${f.signedOff ? "  (signed off)" : ""}`,
    );
  const s = (n: number) => (n === 1 ? "" : "s");
  io.out(`${findings.length} finding${s(findings.length)}, ${openBlockers} open blocker${s(openBlockers)}.`);
}

export const reviewCommand: Command = async (argv, io, env) => {
  const { values, positionals } = readFlags(argv, { json: { type: "boolean" } });
  const [target] = positionals;
  if (!target) {
    io.err("usage: copydesk review FILE|ID [--json]");
    return 2;
  }
  // An article in the library gets the app's review: its sources, the library's names for the
  // near-spelling check, and the sign-offs editors have made.
  const review = looksLikeFile(target)
    ? reviewFile(target)
    : await withLibrary(values.library, env, (library) =>
        call(library, "review.findings", { articleId: target }),
      );
  if (values.json) io.out(JSON.stringify(review, null, 2));
  else printFindings(io, review);
  return review.openBlockers > 0 ? 1 : 0;
};
