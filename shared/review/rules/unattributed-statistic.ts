// A figure in the paper's own voice ("40% of residents", "$3 billion") needs a source the reader
// can see: who counted it. Flags sentences with a percentage, a large number or an amount of money
// and no attribution in the same sentence.
import { ATTRIBUTION_VERB_PATTERN as SPEECH_VERBS } from "../../language/speechVerbs.ts";
import { matchesOutsideQuotes } from "../matching.ts";
import { inSpans } from "../spans.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

const STATISTIC =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)|\b\d[\d,.]*\s+(?:million|billion|trillion)\b)/gi;

const ATTRIBUTION = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS}|according\s+to|data|figures?|survey|census|report|study|statistics|poll|estimates?|showed|shows|found|published|records?|budget|calculations?|analysis|promised|pledged|forecasts?|expects?|expected|filings?|guidance)\b`,
  "i",
);

export const unattributedStatistic: ReviewRule = {
  id: "unattributed-statistic",
  severity: "note",
  description: "A figure with no source in its sentence.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    let lastSentence = -1;
    for (const m of matchesOutsideQuotes(context, STATISTIC)) {
      if (inSpans(context.headings, m.index)) continue;
      const sentence = context.sentenceAt(m.index);
      if (sentence.start === lastSentence) continue; // one finding per sentence
      // A figure continuing the previous sentence's attribution in the same paragraph ("Revenue rose
      // 4%, the company said. Online sales grew 22%") is sourced; look back one sentence.
      const previous = context.sentenceAt(sentence.start - 1);
      const sameParagraph =
        previous.end <= sentence.start &&
        context.paragraphAt(previous.start).start === context.paragraphAt(sentence.start).start &&
        previous.start !== sentence.start;
      const from = sameParagraph ? previous.start : sentence.start;
      const words = context.text.slice(from, sentence.end);
      if (ATTRIBUTION.test(words)) continue;
      lastSentence = sentence.start;
      drafts.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${m[0].trim()}" has no source in its sentence: say who produced the figure.`,
        fix: { label: "Attribute the figure" },
      });
    }
    return drafts;
  },
};
