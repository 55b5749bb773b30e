// The inspector's Style tab (issue 18): the library's house style sheet and placeholder markers.
// Edits go to the library and straight into the live review of the open story.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { HouseStyle } from "../../../shared/api/deskContract.ts";
import type { StyleRule } from "../../../shared/review/style/index.ts";
import { useWorkspace } from "../../article/WorkspaceContext.tsx";
import { client } from "../../client/index.ts";
import { saveRendered } from "../../export/deliver.ts";
import { useReviewStore } from "../../review/useReview.ts";
import { RuleForm } from "./RuleForm.tsx";
import "./style.css";

export function StyleTab() {
  const { notify } = useWorkspace();
  const store = useReviewStore();
  const sheet = useSyncExternalStore(store.subscribe, () => store.get().houseStyle);
  const [editing, setEditing] = useState<StyleRule | "new" | null>(null);
  const [markers, setMarkers] = useState("");
  const [problem, setProblem] = useState("");
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const fileInput = useRef<HTMLInputElement>(null);

  const adopt = (next: HouseStyle) => {
    store.update({ houseStyle: next });
    setMarkers(next.placeholders.join(", "));
    setProblem("");
  };
  const attempt = async (work: () => Promise<HouseStyle>): Promise<boolean> => {
    try {
      adopt(await work());
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
  const importCsv = async (file: File | undefined) => {
    if (!file) return;
    const csv = await file.text();
    if (await attempt(() => client["style.importCsv"]({ csv, mode })))
      notify(`House style imported from ${file.name}.`);
    if (fileInput.current) fileInput.current.value = "";
  };
  const exportCsv = async () => {
    try {
      const { csv, fileName } = await client["style.exportCsv"]({});
      await saveRendered({ content: csv, fileName, mimeType: "text/csv" });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const saveMarkers = () => {
    const list = markers
      .split(",")
      .map((m) => m.trim())
      .filter(Boolean);
    void attempt(() => client["style.setPlaceholders"]({ markers: list }));
  };

  return (
    <div className="style-tab">
      <section aria-label="Placeholders">
        <h3>Placeholders</h3>
        <label>
          Placeholder markers (comma-separated)
          <input value={markers} spellCheck={false} onChange={(e) => setMarkers(e.target.value)} />
        </label>
        <button type="button" onClick={saveMarkers}>
          Save markers
        </button>
      </section>
      <section aria-label="House style">
        <h3>
          House style <span className="review-count">{sheet?.rules.length ?? "…"}</span>
        </h3>
        <div className="style-actions">
          <button type="button" onClick={() => setEditing("new")}>
            Add rule
          </button>
          <button type="button" onClick={() => void exportCsv()}>
            Export CSV
          </button>
          <select
            aria-label="Import mode"
            value={mode}
            onChange={(e) => setMode(e.target.value as "merge" | "replace")}
          >
            <option value="merge">Merge</option>
            <option value="replace">Replace</option>
          </select>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import CSV…
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label="Import house style CSV"
            accept=".csv,text/csv"
            onChange={(e) => void importCsv(e.target.files?.[0])}
          />
        </div>
        {problem && (
          <p role="alert" className="error-text">
            {problem}
          </p>
        )}
        {editing === "new" && <RuleForm onSave={save} onCancel={() => setEditing(null)} />}
        <ul className="style-rules" aria-label="House style rules">
          {sheet?.rules.map((rule) =>
            editing !== "new" && editing?.id === rule.id ? (
              <li key={rule.id}>
                <RuleForm rule={rule} onSave={save} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <li key={rule.id} data-rule={rule.id}>
                <span className="style-rule-id">{rule.id}</span>{" "}
                <span className="muted">{rule.category}</span>
                <code className="style-rule-pattern">{rule.pattern}</code> →{" "}
                <code>{rule.replacement || "(remove)"}</code>
                <p className="muted">{rule.description}</p>
                <button type="button" className="link-button" onClick={() => setEditing(rule)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete rule ${rule.id}`}
                  onClick={() => void attempt(() => client["style.deleteRule"]({ id: rule.id }))}
                >
                  Delete
                </button>
              </li>
            ),
          )}
        </ul>
      </section>
    </div>
  );
}
