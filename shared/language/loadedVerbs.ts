// Loaded attribution verbs: words that tell the reader what to think of a speaker's words, where
// "said" only reports them. One list for the review (and for its measurement on annotated cues).

/** Verbs that judge in any use near speech: "she admitted", "he boasted". */
export const LOADED_VERBS =
  "claimed|claims|claim|admitted|admits|admit|insisted|insists|insist|conceded|concedes|concede|revealed|" +
  "reveals|reveal|confessed|confesses|confess|alleged|alleges|allege|boasted|boasts|boast|bragged|brags|" +
  "brag|opined|opines|snapped|ranted|sneered|gloated|whined|scoffed|scoffs|fumed|quipped|quips|" +
  "acknowledged|acknowledges|acknowledge|asserted|asserts|assert|contended|contends|contend|proclaimed|" +
  "proclaims|touted|touts|lamented|laments|blasted|blasts|slammed|slams|mocked|mocks|jeered|retorted|" +
  "retorts|crowed|thundered|raged|gushed|griped|sniped";

/** Verbs that judge only when they attribute words; elsewhere they are ordinary ("maintained the road"). */
export const LOADED_WHEN_ATTRIBUTING = new Set([
  "acknowledged",
  "acknowledges",
  "acknowledge",
  "asserted",
  "asserts",
  "assert",
  "contended",
  "contends",
  "contend",
  "proclaimed",
  "proclaims",
  "touted",
  "touts",
  "lamented",
  "laments",
  "blasted",
  "blasts",
  "slammed",
  "slams",
  "mocked",
  "mocks",
  "raged",
  "thundered",
  "gushed",
]);
