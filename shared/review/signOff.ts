// Blockers and sign-offs. A signed-off blocker no longer holds the story; the publish-gate
// override is decided elsewhere, and only its record shares the SignOff shape.
import type { Finding, SignOff } from "./types.ts";

export function isBlocker(finding: Finding): boolean {
  return finding.severity === "blocker";
}

/**
 * Blockers still open: those without a sign-off. A sign-off matches by finding id, and its rule must
 * agree, so a reused id from another rule never clears a blocker. Overrides do not clear blockers:
 * they record that the gate was forced, not that the problem was checked.
 */
export function openBlockers(findings: readonly Finding[], signOffs: readonly SignOff[]): Finding[] {
  const signed = signedOff(signOffs);
  return findings.filter((f) => isBlocker(f) && !signed(f));
}

/** Whether a finding has a sign-off (same id and rule; never an override). */
export function signedOff(signOffs: readonly SignOff[]): (finding: Pick<Finding, "id" | "rule">) => boolean {
  const signed = new Set(
    signOffs.filter((s) => s.kind === "sign-off").map((s) => `${s.rule}\u0000${s.findingId}`),
  );
  return (finding) => signed.has(`${finding.rule}\u0000${finding.id}`);
}

/** Findings as the Review tab lists them (each marked when signed off), with the open blockers. */
export function reviewedFindings(findings: readonly Finding[], signOffs: readonly SignOff[]) {
  const isSigned = signedOff(signOffs);
  const listed = findings.map(({ id, rule, severity, message, excerpt, start, end }) => ({
    id,
    rule,
    severity,
    message,
    excerpt,
    start,
    end,
    signedOff: isSigned({ id, rule }),
  }));
  return {
    findings: listed,
    openBlockers: listed.filter((f) => f.severity === "blocker" && !f.signedOff).length,
  };
}
