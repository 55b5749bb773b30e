// Export… (Ctrl/Cmd+E) for the open article (issue 5).
export function ExportDialog() {
  return null;
}
