// The inspector's Style tab (issue 18): the library's house style sheet, placeholder markers and
// length limits. Edits go to the library and straight into the live review of the open story.
import { useEffect, useState, useSyncExternalStore } from "react";
import type { HouseStyle } from "../../../shared/api/deskContract.ts";
import type { StyleRule } from "../../../shared/review/style/index.ts";
import { LengthLimits } from "../../article/length/LengthLimits.tsx";
import { useWorkspace } from "../../workspace/WorkspaceContext.tsx";
import { client } from "../../client/index.ts";
import { useReviewStore } from "../../review/useReview.ts";
import { PlaceholderMarkers } from "./PlaceholderMarkers.tsx";
import { RuleForm } from "./RuleForm.tsx";
import { RuleItem } from "./RuleItem.tsx";
import { SheetTransfer } from "./SheetTransfer.tsx";
import "./style.css";

export function StyleTab() {
  const { notify } = useWorkspace();
  const store = useReviewStore();
  const sheet = useSyncExternalStore(store.subscribe, () => store.get().houseStyle);
  const [editing, setEditing] = useState<StyleRule | "new" | null>(null);
  const [problem, setProblem] = useState("");

  const attempt = async (work: () => Promise<HouseStyle>): Promise<boolean> => {
    try {
      store.update({ houseStyle: await work() });
      setProblem("");
      return true;
    } catch (error) {
      setProblem((error as Error).message);
      return false;
    }
  };

  useEffect(() => {
    void attempt(() => client["style.sheet"]({}));
    // Load once per opening of the tab.
  }, []);

  const save = async (rule: StyleRule) => {
    const previousId = editing !== "new" && editing ? editing.id : undefined;
    const done = await attempt(() => client["style.saveRule"]({ rule, previousId }));
    if (done) setEditing(null);
    return done;
  };
  const editingId = editing !== "new" ? editing?.id : undefined;

  return (
    <div className="style-tab">
      <LengthLimits />
      <PlaceholderMarkers markers={sheet?.placeholders} attempt={attempt} />
      <section aria-label="House style">
        <h3>
          House style <span className="review-count">{sheet?.rules.length ?? "…"}</span>
        </h3>
        <div className="style-actions">
          <button type="button" onClick={() => setEditing("new")}>
            Add rule
          </button>
          <SheetTransfer attempt={attempt} onProblem={setProblem} notify={notify} />
        </div>
        {problem && (
          <p role="alert" className="error-text">
            {problem}
          </p>
        )}
        {editing === "new" && <RuleForm onSave={save} onCancel={() => setEditing(null)} />}
        <ul className="style-rules" aria-label="House style rules">
          {sheet?.rules.map((rule) =>
            editingId === rule.id ? (
              <li key={rule.id}>
                <RuleForm rule={rule} onSave={save} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <RuleItem
                key={rule.id}
                rule={rule}
                onEdit={() => setEditing(rule)}
                onDelete={() => void attempt(() => client["style.deleteRule"]({ id: rule.id }))}
              />
            ),
          )}
        </ul>
      </section>
    </div>
  );
}
