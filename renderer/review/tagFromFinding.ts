// "Tag the quote to Baku" on an untagged-quote blocker, in one click: the quotation is
// accepted as the detector suggests it (the matching library source, or a new one), the
// same way the Sources tab's Accept does.
import type { LexicalEditor } from "lexical";
import type { Finding } from "../../shared/review/index.ts";
import { acceptSuggestions, detectSuggestions } from "../sources/detection.ts";
import type { SourcesModel, SuggestionView } from "../sources/sourcesModel.ts";

function suggestionAt(model: SourcesModel, finding: Finding): SuggestionView | undefined {
  return model
    .getState()
    .suggestions.find(
      (s) =>
        s.quote.speaker === finding.fix?.speaker &&
        s.quote.start < finding.end &&
        s.quote.end > finding.start,
    );
}

/** Tag the finding's quotation to its suggested speaker. False when there is nothing to tag. */
export async function tagFromFinding(
  editor: LexicalEditor,
  model: SourcesModel,
  finding: Finding,
): Promise<boolean> {
  if (!finding.fix?.speaker) return false;
  let suggestion = suggestionAt(model, finding);
  if (!suggestion) {
    // Detection runs on open only for untagged stories: look again now.
    await detectSuggestions(editor, model);
    suggestion = suggestionAt(model, finding);
  }
  if (!suggestion) return false;
  return (await acceptSuggestions(editor, model, [suggestion])) > 0;
}
