// The inspector's Sources tab (issue 3).
export function SourcesTab() {
  return <p className="muted">Sources of this article.</p>;
}
