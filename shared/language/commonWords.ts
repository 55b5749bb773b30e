// Capitalised words that never start or make a name. Lower-case.

/** Capitalised words that never start or make a name (sentence openers, days, months). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "the a an in on at but and or its their his her our my your this that these those there here it he she " +
    "they we i you after before as when while if according hours days weeks months years earlier later " +
    "meanwhile however although though since because for from with without by of to into over under " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "one two three four five six seven eight nine ten some many several most all both each every no not " +
    "what who which where why how yes also still even just only so then thus mass this photo news more " +
    "gmt utc am pm another asked speaking born despite during until unlike like among instead having " +
    "nor yet once outside inside"
  ).split(/\s+/),
);
