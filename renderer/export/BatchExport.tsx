// Batch export from the library (issue 5).
export function BatchExportButton() {
  return null;
}
