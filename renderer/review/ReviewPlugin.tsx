// Live attribution review in the editor (issue 4). Reviews the story once on open and again
// ~400 ms after the editor pauses, in a worker, so typing never waits for the rules.
import { serializeBody } from "../editor/serializeBody.ts";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { useEffect } from "react";
import { useWorkspace } from "../workspace/WorkspaceContext.tsx";
import { markFlaggedQuotations } from "./editorActions.ts";
import { signOffFor } from "./findings.ts";
import { createReviewRunner } from "./reviewRunner.ts";
import { deskRules, onHouseStyleChange } from "./houseStyle.ts";
import { unknownSourceIds } from "./sourceIds.ts";
import { loadReviewContext, useReviewStore } from "./useReview.ts";

/** How long the editor must be quiet before a fresh review: a pause, not every keystroke. */
const PAUSE_MS = 400;

export function ReviewPlugin() {
  const [editor] = useLexicalComposerContext();
  const { article } = useWorkspace();
  const store = useReviewStore();
  const articleId = article.id;

  useEffect(() => {
    const runner = createReviewRunner();
    let generation = 0;
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;

    const review = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const body = serializeBody(editor.getEditorState());
        let sources = store.get().sources;
        // A quote tagged to a source the review has not seen (just created in the Sources tab).
        if (!sources || unknownSourceIds(body, sources).length > 0)
          sources = await loadReviewContext(store, articleId);
        if (disposed) return;
        const desk = { body, sources, ...deskRules(store.get().houseStyle) };
        const result = await runner.run({ generation: ++generation, ...desk });
        if (disposed || result.generation !== generation) return;
        console.debug(`review: ${result.findings.length} findings in ${result.elapsed.toFixed(1)} ms`);
        store.update({ findings: result.findings, reviewedText: result.text, ready: true });
      } catch (error) {
        store.update({ error: `Review failed: ${(error as Error).message}` });
      } finally {
        running = false;
        if (again && !disposed) {
          again = false;
          void review();
        } else if (!disposed) {
          store.update({ reviewing: timer !== undefined });
        }
      }
    };

    const stopListening = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // Selection moves change nothing the review reads.
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      store.update({ reviewing: true });
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void review();
      }, PAUSE_MS);
    });

    // Keep the wavy underline on quotations in step with findings and sign-offs.
    const reflag = () => {
      const { findings, signOffs, reviewedText, ready } = store.get();
      if (!ready) return;
      const open = findings.filter((f) => f.severity !== "note" && !signOffFor(f, signOffs));
      markFlaggedQuotations(editor, open, reviewedText);
    };
    const stopFlagging = store.subscribe(reflag);

    const stopRestyling = onHouseStyleChange(store, () => void review()); // a Style tab edit

    void review();
    return () => {
      disposed = true;
      clearTimeout(timer);
      stopListening();
      stopFlagging();
      stopRestyling();
      runner.dispose();
    };
  }, [editor, store, articleId]);

  return null;
}
