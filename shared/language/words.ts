// The language kit's word lists, one file per idea, in one import for the detector and the review.
export * from "./speechVerbs.ts";
export * from "./socialChannels.ts";
export * from "./pronouns.ts";
export * from "./titles.ts";
export * from "./givenNames.ts";
export * from "./organisations.ts";
export * from "./places.ts";
export * from "./commonWords.ts";
export * from "./roles.ts";
