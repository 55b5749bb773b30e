// The style sheet out as CSV (a download, or the save dialog in the app) and back in,
// merged into the sheet or replacing it.
import { useRef, useState } from "react";
import type { HouseStyle } from "../../../shared/api/deskContract.ts";
import { client } from "../../client/index.ts";
import { saveRendered } from "../../export/deliver.ts";

export interface SheetTransferProps {
  attempt: (work: () => Promise<HouseStyle>) => Promise<boolean>;
  onProblem: (message: string) => void;
  notify: (message: string) => void;
}

export function SheetTransfer({ attempt, onProblem, notify }: SheetTransferProps) {
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const fileInput = useRef<HTMLInputElement>(null);
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
      onProblem((error as Error).message);
    }
  };
  return (
    <>
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
    </>
  );
}
