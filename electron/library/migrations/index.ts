// Every migration, in order. Add a numbered file and list it here.
import { migration001 } from "./001-articles.ts";
import { migration002 } from "./002-settings.ts";
import { migration003 } from "./003-sources-and-quotes.ts";
import { migration004 } from "./004-review-sign-offs.ts";
import { migration010 } from "./010-search-in-edit-order.ts";
import { migration011 } from "./011-first-screen-indexes.ts";
import { migration012 } from "./012-compressed-revisions.ts";
import { migration015 } from "./015-house-style.ts";
import { migration016 } from "./016-length-targets.ts";
import { migration017 } from "./017-corrections.ts";
import { migration020 } from "./020-imported-files.ts";
import { migration025 } from "./025-revision-authors.ts";
import { migration026 } from "./026-comments.ts";
import { migration035 } from "./035-desk-stories.ts";
import { migration040 } from "./040-pictures.ts";
import { migration041 } from "./041-pictures-out-of-bodies.ts";
import { migration045 } from "./045-search-pending.ts";
import { migration046 } from "./046-comment-tombstones.ts";
import type { Migration } from "./types.ts";

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration010,
  migration011,
  migration012,
  migration015,
  migration016,
  migration017,
  migration020,
  migration025,
  migration026,
  migration035,
  migration040,
  migration041,
  migration045,
  migration046,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
