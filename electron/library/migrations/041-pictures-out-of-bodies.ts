// Stories imported before the library kept pictures (040) hold each picture inline in the
// body, as a data: address (a Word file's photos, 1.3 times their size each time). They are
// moved into the pictures table and the figures given their names; the words, dates and
// revisions are left as they were (a revision still shows its picture from its own copy).
import { keepBodyPictures } from "../pictures.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import type { Migration } from "./types.ts";

export const migration041: Migration = {
  version: 41,
  name: "pictures out of bodies",
  up: (db) => {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO pictures (hash, mime, width, height, bytes, added_at)
       VALUES (@hash, @mime, @width, @height, @bytes, @addedAt)`,
    );
    const writer = { keepPicture: (picture: object) => void insert.run(picture) };
    const update = db.prepare("UPDATE articles SET body = ? WHERE id = ?");
    const rows = db
      .prepare(`SELECT id, body, updated_at FROM articles WHERE body LIKE '%"src":"data:image/%'`)
      .all() as { id: string; body: string; updated_at: string }[];
    for (const row of rows) {
      const { body } = keepBodyPictures(writer, JSON.parse(row.body) as ArticleBody, row.updated_at);
      update.run(JSON.stringify(body), row.id);
    }
  },
};
