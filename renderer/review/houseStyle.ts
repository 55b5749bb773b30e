// The desk's house style in the live review: what a review request carries, and a fresh
// review when the Style tab changes the sheet or the placeholder markers.
import type { HouseStyle } from "../../shared/api/deskContract.ts";
import type { ReviewRequest } from "./reviewJob.ts";
import type { ReviewStore } from "./reviewStore.ts";

export function deskRules(houseStyle: HouseStyle | null): Pick<ReviewRequest, "houseStyle" | "placeholders"> {
  return { houseStyle: houseStyle?.rules, placeholders: houseStyle?.placeholders };
}

/** Call `changed` whenever the store's house style is replaced; returns the unsubscribe. */
export function onHouseStyleChange(store: ReviewStore, changed: () => void): () => void {
  let seen = store.get().houseStyle;
  return store.subscribe(() => {
    if (store.get().houseStyle === seen) return;
    seen = store.get().houseStyle;
    changed();
  });
}
