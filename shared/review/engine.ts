// Runs rules over a context and turns their drafts into findings: fills in rule, severity, the
// excerpt and a stable id, and sorts by position so the UI can list them in reading order.
import { findingId } from "./findingId.ts";
import type { Finding, ReviewContext, ReviewRule, Severity } from "./types.ts";

const EXCERPT_LIMIT = 160;

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, note: 2 };

function excerptOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return raw.length > EXCERPT_LIMIT ? `${raw.slice(0, EXCERPT_LIMIT - 1)}…` : raw;
}

export function runRules(context: ReviewContext, rules: readonly ReviewRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const drafts = rule.check(context).sort((a, b) => a.start - b.start || a.end - b.end);
    const occurrences = new Map<string, number>();
    for (const draft of drafts) {
      const excerpt = draft.excerpt ?? excerptOf(context.text, draft.start, draft.end);
      const seen = occurrences.get(excerpt) ?? 0;
      occurrences.set(excerpt, seen + 1);
      findings.push({
        id: findingId(rule.id, excerpt, seen),
        rule: rule.id,
        severity: rule.severity,
        message: draft.message,
        excerpt,
        start: draft.start,
        end: draft.end,
        ...(draft.fix ? { fix: draft.fix } : {}),
      });
    }
  }
  return findings.sort(
    (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end,
  );
}
