// The review's smaller pure helpers: source mapping, tagged-source ids, the gate's words,
// the history's lines, and the store the plugin and the tab share.
import { describe, expect, it, vi } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { Source, SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { gateAction, isPublishing, isRefusal, overrideLabel } from "./gate.ts";
import { describeRecord, newestFirst } from "./record.ts";
import { ReviewStore, reviewStoreFor } from "./reviewStore.ts";
import { taggedSourceIds, unknownSourceIds } from "./sourceIds.ts";
import { toReviewSource } from "../../shared/review/index.ts";

const source = (changes: Partial<Source> = {}): Source => ({
  id: "s1",
  name: "Maria Zakharova",
  kind: "person",
  title: "Spokeswoman",
  organization: "Russian foreign ministry",
  reachedVia: "press-conference",
  platform: "",
  handle: "",
  standing: "on-record",
  anonymityReason: "",
  verified: true,
  verifiedBy: "",
  verifiedAt: "",
  verifiedHow: "",
  contactNotes: "private number",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  quoteCount: 2,
  ...changes,
});

describe("toReviewSource", () => {
  it("keeps what the review reads and nothing private", () => {
    const mapped = toReviewSource(source());
    expect(mapped).toEqual({
      id: "s1",
      name: "Maria Zakharova",
      title: "Spokeswoman",
      organization: "Russian foreign ministry",
      standing: "on-record",
      anonymityReason: null,
      reachedVia: "press-conference",
      platform: null,
      verified: true,
    });
    expect(JSON.stringify(mapped)).not.toContain("private number");
  });

  it("treats a blank anonymity reason as none, so the anonymous-source rule still fires", () => {
    expect(
      toReviewSource(source({ standing: "anonymous", anonymityReason: "   " })).anonymityReason,
    ).toBeNull();
    expect(
      toReviewSource(source({ standing: "anonymous", anonymityReason: " Fears reprisal " })).anonymityReason,
    ).toBe("Fears reprisal");
  });

  it("keeps the platform of a social-media source", () => {
    expect(toReviewSource(source({ reachedVia: "social-media", platform: "Telegram" })).platform).toBe(
      "Telegram",
    );
  });
});

const text = (t: string) => ({
  type: "text",
  text: t,
  format: 0,
  detail: 0,
  mode: "normal",
  style: "",
  version: 1,
});
const quotation = (sourceId: string | null, words: string) => ({
  type: "quotation",
  quoteId: `q-${words}`,
  sourceId,
  status: "confirmed",
  children: [text(words)],
  direction: null,
  format: "",
  indent: 0,
  version: 1,
});
const paragraph = (...children: unknown[]) => ({
  type: "paragraph",
  children,
  direction: null,
  format: "",
  indent: 0,
  version: 1,
});
const body = (...blocks: unknown[]) =>
  ({
    root: { type: "root", children: blocks, direction: null, format: "", indent: 0, version: 1 },
  }) as unknown as ArticleBody;

describe("unknownSourceIds", () => {
  const story = body(
    paragraph(text("She said "), quotation("s1", "end bloodshed"), text(".")),
    paragraph(quotation("s2", "all steps"), text(" and "), quotation(null, "untagged")),
  );

  it("collects the sources tagged quotations name, at any depth", () => {
    expect([...taggedSourceIds(story)].sort()).toEqual(["s1", "s2"]);
  });

  it("names the tagged sources the review has not loaded", () => {
    expect(unknownSourceIds(story, [toReviewSource(source())])).toEqual(["s2"]);
    expect(unknownSourceIds(story, [toReviewSource(source()), toReviewSource(source({ id: "s2" }))])).toEqual(
      [],
    );
  });
});

describe("the gate's words", () => {
  it("guards ready and published only", () => {
    expect(["draft", "in-edit", "ready", "published"].map((s) => isPublishing(s as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it("says what the override does", () => {
    expect(overrideLabel("ready")).toBe("Override and mark ready");
    expect(overrideLabel("published")).toBe("Override and publish");
    expect(gateAction("ready")).toBe("mark ready");
  });

  it("tells a refusal from other failures", () => {
    expect(isRefusal(new CopydeskError("refused", "Cannot mark it ready"))).toBe(true);
    expect(isRefusal(new CopydeskError("internal", "boom"))).toBe(false);
    expect(isRefusal(new Error("refused"))).toBe(false);
  });
});

const signOffRecord = (changes: Partial<SignOffRecord>): SignOffRecord => ({
  id: "r1",
  articleId: "a1",
  findingId: "hedge-word:abc:0",
  rule: "hedge-word",
  excerpt: "purportedly",
  kind: "sign-off",
  by: "alice",
  at: "2026-01-01T10:00:00Z",
  note: "Confirmed with agency",
  ...changes,
});

describe("the review record", () => {
  it("reads a sign-off as a line in the log", () => {
    expect(describeRecord(signOffRecord({}))).toBe(
      "Signed off hedge-word by alice: “Confirmed with agency” (on “purportedly”)",
    );
  });

  it("reads an override with what was forced and why", () => {
    const override = signOffRecord({
      kind: "override",
      rule: "publish-gate",
      findingId: "publish-gate",
      excerpt: "mark it ready: past 2 open blockers (untagged-quote)",
      note: "Wire copy",
    });
    expect(describeRecord(override)).toBe(
      "Override by alice: mark it ready: past 2 open blockers (untagged-quote). Reason: “Wire copy”",
    );
  });

  it("lists newest first", () => {
    const records = [
      signOffRecord({ id: "old", at: "2026-01-01T10:00:00Z" }),
      signOffRecord({ id: "new", at: "2026-01-02T09:00:00Z" }),
    ];
    expect(newestFirst(records).map((r) => r.id)).toEqual(["new", "old"]);
  });
});

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
