// Backups… : back the library up now, or restore one of the backups kept beside it. A
// restore keeps the library it replaces as a backup first, then the app reloads on the
// restored library. When the library opened damaged (read-only), a banner says so and
// offers this dialog as the way on.
import { useEffect, useState } from "react";
import type { BackupFileInfo, LibraryHealth } from "../../shared/api/librarySchemas.ts";
import { client } from "../client/index.ts";
import { useLoad } from "../workspace/useAsync.ts";
import { ModalDialog } from "../export/ModalDialog.tsx";

const size = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const when = (iso: string) => new Date(iso).toLocaleString();

function BackupsDialog({ onClose }: { onClose: () => void }) {
  const [version, setVersion] = useState(0);
  const [backups, loadError] = useLoad(
    () => client["library.backups"]({}),
    [version],
    [] as BackupFileInfo[],
  );
  const [busy, setBusy] = useState("");
  const [message, setMessage] = useState("");

  const run = async (what: string, work: () => Promise<string>) => {
    setBusy(what);
    setMessage("");
    try {
      setMessage(await work());
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy("");
      setVersion((v) => v + 1);
    }
  };
  const backUp = () =>
    run("Backing up…", async () => `Backed up to ${(await client["library.backup"]({})).path}.`);
  const restore = (backup: BackupFileInfo) => {
    if (
      !window.confirm(
        `Restore the library as it was at ${when(backup.createdAt)}? The library as it is now is kept as a backup first.`,
      )
    )
      return;
    void run("Restoring…", async () => {
      await client["library.restore"]({ file: backup.fileName });
      window.location.reload();
      return "Restored.";
    });
  };

  return (
    <ModalDialog label="Backups" onClose={onClose}>
      <h2>Backups</h2>
      <p>Kept in the folder beside the library; the newest 10 stay.</p>
      <button type="button" className="primary" disabled={busy !== ""} onClick={() => void backUp()}>
        Back Up Now
      </button>
      {loadError && (
        <p role="alert" className="error-text">
          {loadError}
        </p>
      )}
      {backups.length === 0 ? (
        <p>There are no backups yet.</p>
      ) : (
        <ul aria-label="Backups" className="backup-list">
          {backups.map((b) => (
            <li key={b.fileName}>
              <span>
                {when(b.createdAt)} · {b.reason} · {size(b.bytes)}
              </span>{" "}
              <button type="button" disabled={busy !== ""} onClick={() => restore(b)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {(busy || message) && <p role="status">{busy || message}</p>}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}

/** How often to ask again while the library's pages are still being checked in the background. */
const RECHECK_MS = 5000;

export function BackupsButton() {
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(0);
  const [health] = useLoad(() => client["library.health"]({}), [asked], null as LibraryHealth | null);
  useEffect(() => {
    if (!health || health.checked) return;
    const timer = setTimeout(() => setAsked((n) => n + 1), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [health]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Backups…
      </button>
      {health?.problem && (
        <p role="alert" className="error-text">
          {health.problem}
        </p>
      )}
      {open && <BackupsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
