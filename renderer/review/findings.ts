// How the Review tab arranges findings: by severity, each either open or resolved by a
// sign-off. Pure, so the grouping is tested without a DOM.
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import type { Finding, Severity } from "../../shared/review/index.ts";

export const SEVERITIES: readonly Severity[] = ["blocker", "warning", "note"];

export const SEVERITY_HEADINGS: Record<Severity, string> = {
  blocker: "Blockers",
  warning: "Warnings",
  note: "Notes",
};

export interface ReviewedFinding {
  finding: Finding;
  /** The sign-off that resolved it, if an editor accepted it. */
  signOff: SignOffRecord | null;
}

export interface FindingGroup {
  severity: Severity;
  heading: string;
  /** Open findings first, in story order; then the signed-off ones. */
  items: ReviewedFinding[];
  open: number;
  resolved: number;
}

/**
 * The sign-off for a finding: same id and same rule (as shared/review's openBlockers
 * matches them), never an override, which records a forced gate rather than a check.
 */
export function signOffFor(finding: Finding, signOffs: readonly SignOffRecord[]): SignOffRecord | null {
  return (
    signOffs.find((s) => s.kind === "sign-off" && s.findingId === finding.id && s.rule === finding.rule) ??
    null
  );
}

export function groupFindings(
  findings: readonly Finding[],
  signOffs: readonly SignOffRecord[],
): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const reviewed = findings
      .filter((f) => f.severity === severity)
      .map((finding) => ({ finding, signOff: signOffFor(finding, signOffs) }));
    const open = reviewed.filter((r) => !r.signOff);
    const resolved = reviewed.filter((r) => r.signOff);
    return {
      severity,
      heading: SEVERITY_HEADINGS[severity],
      items: [...open, ...resolved],
      open: open.length,
      resolved: resolved.length,
    };
  });
}

/** Open blockers and warnings: what the tab's badge counts. */
export function openCount(findings: readonly Finding[], signOffs: readonly SignOffRecord[]): number {
  return findings.filter((f) => f.severity !== "note" && !signOffFor(f, signOffs)).length;
}

/**
 * Whether a finding still sits where the review saw it: the live text at its offsets is the
 * text the review read. Offsets go stale while the editor types and the next review is
 * pending; selecting or fixing stale offsets would touch the wrong words.
 */
export function stillInPlace(liveText: string, reviewedText: string, finding: Finding): boolean {
  return (
    finding.end <= liveText.length &&
    liveText.slice(finding.start, finding.end) === reviewedText.slice(finding.start, finding.end)
  );
}
