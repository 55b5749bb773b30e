// The library's settings (a key and a text value each) on SQLite. Mixed into the library store
// by sqliteStore.ts.
import type { LibraryDatabase } from "../database.ts";
import type { ArticleReader, ArticleWriter } from "./interface.ts";

export function settingStore(db: LibraryDatabase): {
  reader: Pick<ArticleReader, "getSetting" | "schemaVersion">;
  writer: Pick<ArticleWriter, "setSetting">;
} {
  const get = db.prepare<[string], { value: string }>("SELECT value FROM settings WHERE key = ?");
  const set = db.prepare(
    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );
  return {
    reader: {
      getSetting: (key) => get.get(key)?.value,
      schemaVersion: () => db.pragma("user_version", { simple: true }) as number,
    },
    writer: {
      setSetting: (key, value) => {
        set.run(key, value);
      },
    },
  };
}
