// Test support: turns an audit story (plain text plus its sidecar) into a stored body whose
// quotations are all tagged, so the audit reviews a story the way the desk would see it after
// tagging: every detected quote wrapped in a confirmed quotation node tied to a source. Sidecar
// sources override the default (an on-record, verified source per detected speaker) to seed
// anonymous or social sources.
import { body, heading, paragraph, textNode } from "../document/build.ts";
import type { BlockNodeJSON, InlineNodeJSON, QuotationNodeJSON } from "../document/nodes.ts";
import type { DetectedQuote } from "../quotes/types.ts";
import { source } from "./ruleInputs.test-support.ts";
import type { ReviewInput, ReviewSource } from "./types.ts";

export interface AuditSource extends Partial<ReviewSource> {
  id: string;
  name: string;
  /** Words of the quote this source said, when the detector cannot name the speaker. */
  match?: string;
}

export interface AuditExpectation {
  rule: string;
  excerpt: string;
  /** Why a finding first seen in the audit run was accepted as legitimate. */
  note?: string;
}

export interface AuditSidecar {
  note?: string;
  sources?: AuditSource[];
  expected?: AuditExpectation[];
}

/** "[figure] caption | credit" on a line of its own is a figure block. */
const FIGURE = /^\[figure\]\s*(.*?)\s*\|\s*(.*)$/;

function blocksOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n\s*/)
    .map((b) => b.trim())
    .filter(Boolean);
}

function surname(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? "").toLowerCase();
}

/**
 * The body with the headline as a heading, figures as figure blocks and every quote the
 * detector finds inside one paragraph wrapped in a confirmed quotation node.
 */
export function auditInput(
  text: string,
  sidecar: AuditSidecar,
  detectQuotes: (text: string) => DetectedQuote[],
): ReviewInput {
  const raw = blocksOf(text);
  const plain = raw.map((b) => (FIGURE.test(b) ? "" : b));
  // bodyText joins blocks with a blank line; a figure contributes no text.
  const joined = plain.join("\n\n");
  const detected = detectQuotes(joined);
  const declared = (sidecar.sources ?? []).map((extra) => source(extra));
  const sources = new Map<string, ReviewSource>(declared.map((s) => [s.id, s]));
  const sourceOf = (q: DetectedQuote, i: number): string => {
    const byWords = (sidecar.sources ?? []).find((s) => s.match && q.text.includes(s.match));
    if (byWords) return byWords.id;
    const byName = q.speaker ? declared.find((s) => surname(s.name) === surname(q.speaker ?? "")) : null;
    if (byName) return byName.id;
    const id = q.speaker ? `auto:${q.speaker}` : `auto:unknown-${i}`;
    if (!sources.has(id)) sources.set(id, source({ id, name: q.speaker ?? `Speaker ${i + 1}` }));
    return id;
  };
  const blocks: BlockNodeJSON[] = [];
  let offset = 0;
  raw.forEach((block, index) => {
    const figure = FIGURE.exec(block);
    if (figure) {
      blocks.push({
        type: "figure",
        version: 1,
        src: "",
        alt: figure[1],
        caption: figure[1],
        credit: figure[2],
      });
    } else if (index === 0) {
      blocks.push(heading(block));
    } else {
      const end = offset + block.length;
      const children: InlineNodeJSON[] = [];
      let at = offset;
      detected.forEach((q, i) => {
        if (q.start < offset || q.end > end || q.start < at) return;
        if (q.start > at) children.push(textNode(joined.slice(at, q.start)));
        const node: QuotationNodeJSON = {
          type: "quotation",
          version: 1,
          quoteId: `q${i}`,
          sourceId: sourceOf(q, i),
          status: "confirmed",
          children: [textNode(q.text)],
          direction: "ltr",
          format: "",
          indent: 0,
        };
        children.push(node);
        at = q.end;
      });
      if (at < end) children.push(textNode(joined.slice(at, end)));
      blocks.push(paragraph(children));
    }
    offset += plain[index].length + 2;
  });
  return { body: body(blocks), sources: [...sources.values()] };
}
