// The inspector's Review tab (issue 4).
export function ReviewTab() {
  return <p className="muted">Attribution review.</p>;
}
