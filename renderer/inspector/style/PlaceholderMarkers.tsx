// The desk's placeholder markers ("TK, XX"), edited as one comma-separated line.
import { useEffect, useState } from "react";
import type { HouseStyle } from "../../../shared/api/deskContract.ts";
import { client } from "../../client/index.ts";

export interface PlaceholderMarkersProps {
  markers: readonly string[] | undefined;
  attempt: (work: () => Promise<HouseStyle>) => Promise<boolean>;
}

export function PlaceholderMarkers({ markers, attempt }: PlaceholderMarkersProps) {
  const [draft, setDraft] = useState("");
  useEffect(() => setDraft(markers?.join(", ") ?? ""), [markers]);
  const save = () => {
    const list = draft
      .split(",")
      .map((m) => m.trim())
      .filter(Boolean);
    void attempt(() => client["style.setPlaceholders"]({ markers: list }));
  };
  return (
    <section aria-label="Placeholders">
      <h3>Placeholders</h3>
      <label>
        Placeholder markers (comma-separated)
        <input value={draft} spellCheck={false} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="button" onClick={save}>
        Save markers
      </button>
    </section>
  );
}
