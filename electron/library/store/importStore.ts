// The record of imported files (content hash -> article), on SQLite. Mixed into the
// library store by sqliteStore.ts.
import type { LibraryDatabase } from "../database.ts";
import type { ImportedFile, ImportReader, ImportWriter } from "./interface.ts";

interface ImportedRow {
  article_id: string;
  file_name: string;
  imported_at: string;
  headline: string;
  deleted_at: string | null;
}

export function importStore(db: LibraryDatabase): { reader: ImportReader; writer: ImportWriter } {
  const stmt = {
    find: db.prepare<[string], ImportedRow>(
      `SELECT f.article_id, f.file_name, f.imported_at, a.headline, a.deleted_at
       FROM imported_files f JOIN articles a ON a.id = f.article_id
       WHERE f.content_hash = ? ORDER BY a.deleted_at IS NOT NULL, f.imported_at DESC LIMIT 1`,
    ),
    insert: db.prepare(
      `INSERT OR IGNORE INTO imported_files (content_hash, article_id, file_name, imported_at)
       VALUES (@hash, @articleId, @fileName, @importedAt)`,
    ),
  };
  return {
    reader: {
      importedFile: (hash): ImportedFile | undefined => {
        const r = stmt.find.get(hash);
        return (
          r && {
            articleId: r.article_id,
            fileName: r.file_name,
            importedAt: r.imported_at,
            headline: r.headline,
            trashed: r.deleted_at !== null,
          }
        );
      },
    },
    writer: {
      recordImport: (record) => {
        stmt.insert.run(record);
      },
    },
  };
}
