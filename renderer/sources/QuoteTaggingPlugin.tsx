// Tagging quotations in the editor (issue 3): Ctrl/Cmd+Shift+Q and the source picker.
export function QuoteTaggingPlugin() {
  return null;
}

export function QuoteTagButton() {
  return null;
}
