// The language kit's word lists, one file per idea, in one import for the detector and the review.
export * from "./speech-verbs.ts";
export * from "./social-channels.ts";
export * from "./pronouns.ts";
export * from "./titles.ts";
export * from "./given-names.ts";
export * from "./organisations.ts";
export * from "./places.ts";
export * from "./common-words.ts";
export * from "./roles.ts";
