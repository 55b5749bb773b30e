// The comment thread model: start, reply, resolve, reopen, and the list in story order with
// detached threads (their words deleted) kept at the end.
import { describe, expect, it } from "vitest";
import {
  isShown,
  listThreads,
  markDeleted,
  reopen,
  reply,
  resolve,
  startThread,
  undelete,
  type Writer,
} from "./thread.ts";

const ana: Writer = { author: "Ana Lee", initials: "AL", at: "2026-05-01T09:00:00.000Z" };
const bo: Writer = { author: "Bo Chen", initials: "BC", at: "2026-05-01T09:05:00.000Z" };

const start = (id: string, at = ana) =>
  startThread(
    { id, articleId: "a1", quote: "seven to two", commentId: `${id}-1`, text: "  Check the vote.  " },
    at,
  );

describe("a comment thread", () => {
  it("starts with its first comment, author, initials and time", () => {
    const thread = start("t1");
    expect(thread).toEqual({
      id: "t1",
      articleId: "a1",
      quote: "seven to two",
      createdAt: ana.at,
      resolved: null,
      deletedAt: null,
      comments: [{ id: "t1-1", author: "Ana Lee", initials: "AL", text: "Check the vote.", at: ana.at }],
    });
  });

  it("takes replies in order, each with who and when", () => {
    const thread = reply(reply(start("t1"), "r1", "It was 7-2.", bo), "r2", "Thanks", ana);
    expect(thread.comments.map((c) => [c.initials, c.text, c.at])).toEqual([
      ["AL", "Check the vote.", ana.at],
      ["BC", "It was 7-2.", bo.at],
      ["AL", "Thanks", ana.at],
    ]);
  });

  it("refuses a blank comment", () => {
    expect(() => reply(start("t1"), "r1", "   ", bo)).toThrow(/Write the comment first/);
  });

  it("resolves and reopens, and a reply to a resolved thread reopens it", () => {
    const resolved = resolve(start("t1"), bo);
    expect(resolved.resolved).toEqual({ by: "Bo Chen", at: bo.at });
    expect(() => resolve(resolved, ana)).toThrow(/already resolved/);
    expect(reopen(resolved).resolved).toBeNull();
    expect(() => reopen(start("t1"))).toThrow(/open already/);
    expect(reply(resolved, "r1", "One more thing", ana).resolved).toBeNull();
  });

  it("is plain JSON: it survives a round trip unchanged (the desk carries it so)", () => {
    const thread = resolve(reply(start("t1"), "r1", "Yes", bo), ana);
    expect(JSON.parse(JSON.stringify(thread))).toEqual(thread);
  });
});

describe("the Comments list", () => {
  it("follows the story's order, then lists detached threads oldest first", () => {
    const early = start("early", { ...ana, at: "2026-05-01T08:00:00.000Z" });
    const late = start("late", { ...ana, at: "2026-05-01T10:00:00.000Z" });
    const gone = start("gone", { ...ana, at: "2026-05-01T07:00:00.000Z" });
    const goneToo = start("gone-too", { ...ana, at: "2026-05-01T07:30:00.000Z" });
    const listed = listThreads(
      [early, goneToo, late, gone],
      [
        { id: "late", text: "first words" },
        { id: "early", text: "later words" },
      ],
    );
    expect(listed.map((t) => [t.id, t.detached, t.anchorText])).toEqual([
      ["late", false, "first words"],
      ["early", false, "later words"],
      ["gone", true, "seven to two"],
      ["gone-too", true, "seven to two"],
    ]);
  });
});

describe("a deleted thread", () => {
  it("is kept, marked, and shown again only while its marks are in the story", () => {
    const deleted = markDeleted(reply(start("t1"), "r1", "It was 7-2.", bo), bo.at);
    expect(deleted.deletedAt).toBe(bo.at);
    expect(deleted.comments).toHaveLength(2);
    expect(markDeleted(deleted, ana.at).deletedAt).toBe(ana.at); // shown again by an undo, deleted again
    expect(isShown(deleted, false)).toBe(false);
    expect(isShown(deleted, true)).toBe(true);
    // A standing thread is shown either way: detached when its marks are gone.
    expect(isShown(start("t2"), false)).toBe(true);
  });

  it("stands again when restored, or when it is replied to, resolved or reopened", () => {
    const deleted = markDeleted(start("t1"), ana.at);
    expect(undelete(deleted).deletedAt).toBeNull();
    expect(reply(deleted, "r1", "Still?", bo).deletedAt).toBeNull();
    expect(resolve(deleted, bo).deletedAt).toBeNull();
    expect(reopen(markDeleted(resolve(start("t1"), bo), ana.at)).deletedAt).toBeNull();
  });
});
