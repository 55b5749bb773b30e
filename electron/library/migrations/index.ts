// Every migration, in order. Add a numbered file and list it here.
import { migration001 } from "./001-articles.ts";
import { migration002 } from "./002-settings.ts";
import type { Migration } from "./types.ts";

export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
