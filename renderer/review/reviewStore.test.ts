import { describe, expect, it, vi } from "vitest";
import { signOffRecord } from "../../shared/api/source.test-support.ts";
import { ReviewStore, reviewStoreFor } from "./reviewStore.ts";

describe("ReviewStore", () => {
  it("tells listeners about real changes only (the plugin reports on every keystroke)", () => {
    const store = new ReviewStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ reviewing: true }); // already true
    expect(listener).not.toHaveBeenCalled();
    store.update({ reviewing: false });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("adds and withdraws sign-offs by id", () => {
    const store = new ReviewStore();
    store.signedOff(signOffRecord({ id: "r1" }));
    store.signedOff(signOffRecord({ id: "r1", note: "again" }));
    expect(store.get().signOffs.map((s) => s.note)).toEqual(["again"]);
    store.withdrawn("r1");
    expect(store.get().signOffs).toEqual([]);
  });

  it("is one store per open article", () => {
    const a = {};
    expect(reviewStoreFor(a)).toBe(reviewStoreFor(a));
    expect(reviewStoreFor(a)).not.toBe(reviewStoreFor({}));
  });
});
