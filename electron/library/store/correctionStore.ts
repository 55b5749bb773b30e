// Corrections to published stories on SQLite. Mixed into the library store by sqliteStore.ts.
import type { Correction } from "../../../shared/api/deskContract.ts";
import type { LibraryDatabase } from "../database.ts";

export interface CorrectionReader {
  /** Oldest first, as readers see them. */
  corrections(articleId: string): Correction[];
}

export interface CorrectionWriter {
  insertCorrection(articleId: string, correction: Correction): void;
}

export function correctionStore(db: LibraryDatabase): { reader: CorrectionReader; writer: CorrectionWriter } {
  const list = db.prepare<[string], Correction>(
    `SELECT id, text, corrected_at AS correctedAt, corrected_by AS correctedBy
     FROM article_corrections WHERE article_id = ? ORDER BY corrected_at, rowid`,
  );
  const insert = db.prepare(
    `INSERT INTO article_corrections (id, article_id, text, corrected_at, corrected_by) VALUES (?, ?, ?, ?, ?)`,
  );
  return {
    reader: { corrections: (articleId) => list.all(articleId) },
    writer: {
      insertCorrection: (articleId, c) => {
        insert.run(c.id, articleId, c.text, c.correctedAt, c.correctedBy);
      },
    },
  };
}
