// Comment threads in a real library file: started on marked words, replied to, resolved and
// reopened, kept across a reopen, listed detached once their words are deleted from the
// stored body, checked at the boundary, deleted (kept, marked, for undo) and restored, and gone
// with their article.
import { beforeEach, describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../../shared/document/build.ts";
import type { ArticleBody, MarkNodeJSON } from "../../shared/document/nodes.ts";
import { createDispatch } from "./dispatch.ts";
import type { Handlers } from "./service.ts";
import type { LibraryStore } from "./store/interface.ts";
import { freshServiceEachTest } from "./libraryFile.test-support.ts";

let store: LibraryStore;
let service: Handlers;

const library = freshServiceEachTest((opened) => ({ store, service } = opened));
beforeEach(() => {
  service["settings.setEditorName"]({ name: "Ana Lee" });
});

const THREAD = "7f1c2a9e-2b4d-4c1a-9d55-0a1b2c3d4e5f";

const marked = (words: string): ArticleBody => {
  const mark: MarkNodeJSON = { type: "mark", version: 1, ids: [THREAD], children: [textNode(words)] };
  return body([paragraph([textNode("The council "), mark, textNode(" on Tuesday.")])]);
};

function storyWithComment() {
  const article = service["articles.create"]({ headline: "Vote", body: marked("voted seven to two") });
  const thread = service["comments.start"]({
    articleId: article.id,
    threadId: THREAD,
    quote: "voted seven to two",
    text: "Check the count with the clerk.",
  });
  return { article, thread };
}

describe("comment threads in the library", () => {
  it("start on marked words with the editor's name and initials, and take replies", () => {
    const { article, thread } = storyWithComment();
    expect(thread).toMatchObject({
      id: THREAD,
      detached: false,
      anchorText: "voted seven to two",
      resolved: null,
      comments: [{ author: "Ana Lee", initials: "AL", text: "Check the count with the clerk." }],
    });
    service["settings.setEditorName"]({ name: "Bo Chen", initials: "BCh" });
    const replied = service["comments.reply"]({ threadId: THREAD, text: "Clerk confirms 7-2." });
    expect(replied.comments.map((c) => `${c.initials}: ${c.text}`)).toEqual([
      "AL: Check the count with the clerk.",
      "BCh: Clerk confirms 7-2.",
    ]);
    expect(Date.parse(replied.comments[1]!.at)).not.toBeNaN();
    expect(service["comments.list"]({ articleId: article.id })).toEqual([replied]);
  });

  it("resolve and reopen, and stay resolved across a reopen of the library", () => {
    const { article } = storyWithComment();
    service["comments.reply"]({ threadId: THREAD, text: "Done." });
    expect(service["comments.resolve"]({ threadId: THREAD }).resolved).toMatchObject({ by: "Ana Lee" });
    library.reopen();
    const [kept] = service["comments.list"]({ articleId: article.id });
    expect(kept?.resolved?.by).toBe("Ana Lee");
    expect(kept?.comments).toHaveLength(2);
    expect(service["comments.reopen"]({ threadId: THREAD }).resolved).toBeNull();
    library.reopen();
    expect(service["comments.list"]({ articleId: article.id })[0]?.resolved).toBeNull();
  });

  it("follow the words as they are edited, and say so once the words are deleted", () => {
    const { article } = storyWithComment();
    service["articles.update"]({ id: article.id, changes: { body: marked("voted 7-2") } });
    expect(service["comments.list"]({ articleId: article.id })[0]).toMatchObject({
      detached: false,
      anchorText: "voted 7-2",
    });
    service["articles.update"]({ id: article.id, changes: { body: body([paragraph("The council met.")]) } });
    expect(service["comments.list"]({ articleId: article.id })[0]).toMatchObject({
      detached: true,
      anchorText: "voted seven to two",
      comments: [{ text: "Check the count with the clerk." }],
    });
  });

  it("refuse, at the boundary, a blank comment, a bad id, a second thread with the same id", () => {
    const dispatch = createDispatch(service, () => undefined);
    const { article } = storyWithComment();
    const refused = (name: string, input: unknown) => {
      const answer = dispatch(name, input) as { ok: boolean; error?: { code: string; message: string } };
      return answer.ok ? "accepted" : `${answer.error!.code}: ${answer.error!.message}`;
    };
    expect(refused("comments.reply", { threadId: THREAD, text: "  " })).toMatch(
      /^bad-input: .*Write the comment first/,
    );
    expect(
      refused("comments.start", { articleId: article.id, threadId: "a b", quote: "", text: "x" }),
    ).toMatch(/^bad-input: .*comment id/);
    expect(
      refused("comments.start", { articleId: article.id, threadId: THREAD, quote: "", text: "x" }),
    ).toMatch(/^conflict/);
    expect(refused("comments.reply", { threadId: "no-such-thread", text: "x" })).toMatch(/^not-found/);
    expect(refused("comments.reopen", { threadId: THREAD })).toMatch(/^refused: .*open already/);
  });
});

describe("deleting a comment thread", () => {
  it("marks it deleted and keeps it, replies and all, so undo can bring it back; the words stay", () => {
    const { article } = storyWithComment();
    service["comments.reply"]({ threadId: THREAD, text: "Clerk confirms 7-2." });
    expect(service["comments.delete"]({ threadId: THREAD })).toEqual({ deleted: true });
    library.reopen();
    const [kept] = service["comments.list"]({ articleId: article.id });
    expect(kept).toMatchObject({ id: THREAD, comments: [{}, { text: "Clerk confirms 7-2." }] });
    expect(Date.parse(kept!.deletedAt ?? "")).not.toBeNaN();
    expect(service["articles.get"]({ id: article.id }).body).toEqual(marked("voted seven to two"));
    // Shown again by an undo, it can be deleted again; a thread that never was, cannot.
    expect(service["comments.delete"]({ threadId: THREAD })).toEqual({ deleted: true });
    const none = createDispatch(service, () => undefined)("comments.delete", { threadId: "no-such" }) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(none.ok ? "accepted" : none.error!.code).toBe("not-found");
  });

  it("stands again when restored, or when someone replies to it while its marks are back", () => {
    const { article } = storyWithComment();
    service["comments.delete"]({ threadId: THREAD });
    expect(service["comments.restore"]({ threadId: THREAD })).toMatchObject({
      deletedAt: null,
      detached: false,
    });
    service["comments.delete"]({ threadId: THREAD });
    expect(service["comments.reply"]({ threadId: THREAD, text: "Still open?" }).deletedAt).toBeNull();
    service["comments.delete"]({ threadId: THREAD });
    expect(service["comments.resolve"]({ threadId: THREAD }).deletedAt).toBeNull();
    library.reopen();
    expect(service["comments.list"]({ articleId: article.id })[0]).toMatchObject({ deletedAt: null });
  });

  it("goes with its article when the Trash is emptied, deleted or not", () => {
    const { article } = storyWithComment();
    service["comments.delete"]({ threadId: THREAD });
    service["articles.trash"]({ id: article.id });
    service["articles.emptyTrash"]({});
    expect(store.commentThread(THREAD)).toBeUndefined();
  });
});

describe("the spellchecker's word list", () => {
  it("holds the words of the library's source names and organizations", () => {
    service["sources.create"]({ name: "Nkechi Okonkwo-Adeyemi", organization: "Médecins Sans Frontières" });
    service["sources.create"]({ name: "Seán O’Brien" });
    const { words } = service["sources.spellingWords"]({});
    for (const w of [
      "Nkechi",
      "Okonkwo-Adeyemi",
      "Okonkwo",
      "Adeyemi",
      "Médecins",
      "Frontières",
      "O’Brien",
      "O'Brien",
    ])
      expect(words).toContain(w);
  });
});
