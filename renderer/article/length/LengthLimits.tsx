// The Style tab's length limits: how many characters a headline and a dek may have.
import { type FormEvent, useEffect, useState } from "react";
import { client } from "../../client/index.ts";
import { useWorkspace } from "../../workspace/WorkspaceContext.tsx";
import { useLength } from "./lengthStore.ts";

export function LengthLimits() {
  const { article } = useWorkspace();
  const [{ limits }, change] = useLength();
  const [headline, setHeadline] = useState(String(limits.headline));
  const [dek, setDek] = useState(String(limits.dek));
  useEffect(() => {
    setHeadline(String(limits.headline));
    setDek(String(limits.dek));
  }, [limits]);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void change(() =>
      client["length.setLimits"]({ articleId: article.id, headline: Number(headline), dek: Number(dek) }),
    );
  };
  return (
    <form aria-label="Length limits" onSubmit={save}>
      <h3>Length limits</h3>
      <label>
        Headline characters
        <input
          type="number"
          min={1}
          required
          value={headline}
          onChange={(e) => setHeadline(e.target.value)}
        />
      </label>
      <label>
        Dek characters
        <input type="number" min={1} required value={dek} onChange={(e) => setDek(e.target.value)} />
      </label>
      <button type="submit">Save limits</button>
    </form>
  );
}
