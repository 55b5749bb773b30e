// The real desk server (the `copydesk desk-server` process) with real providers over loopback:
// who gets in, what a read-only editor can do, and that nothing acknowledged is lost when the
// server is killed outright and started again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  acknowledged,
  addEditor,
  connectEditor,
  type DeskProcess,
  deskCommand,
  type Editor,
  refusal,
  startDeskProcess,
  until,
} from "./deskServer.test-support.ts";

// Each test starts real processes; on a busy two-core machine that takes seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const STORY = "story:nightdesk-1";
const text = (editor: Editor) => editor.doc.getText("body").toString();

let dataDir: string;
let desk: DeskProcess | undefined;
let editors: Editor[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "copydesk-desk-"));
});

afterEach(async () => {
  for (const e of editors) e.close();
  editors = [];
  await desk?.stop();
  desk = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function open(name: string, token: string): Editor {
  const editor = connectEditor(desk!.url, name, token);
  editors.push(editor);
  return editor;
}

describe("who may connect", () => {
  it("lets an editor with a token in and refuses a made-up or revoked token", async () => {
    const token = addEditor(dataDir, "Ana Reyes");
    desk = await startDeskProcess(dataDir);
    const ana = open(STORY, token);
    await acknowledged(ana.provider);

    const stranger = open(STORY, "made-up-token");
    expect(await refusal(stranger.provider)).toBe("permission-denied");

    expect(deskCommand(dataDir, "revoke", "Ana Reyes").code).toBe(0);
    const again = open(STORY, token);
    expect(await refusal(again.provider)).toBe("permission-denied");
  });

  it("refuses a document name that is not the desk's", async () => {
    const token = addEditor(dataDir, "Ana Reyes");
    desk = await startDeskProcess(dataDir);
    const wrong = open("../../etc/passwd", token);
    expect(await refusal(wrong.provider)).toBe("permission-denied");
  });

  it("lists editors with their role, and keeps no token in the desk file", async () => {
    const token = addEditor(dataDir, "Legal Desk", true);
    const listed = JSON.parse(deskCommand(dataDir, "list", "--json").stdout) as {
      editors: { name: string; role: string }[];
    };
    expect(listed.editors).toEqual([expect.objectContaining({ name: "Legal Desk", role: "read-only" })]);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(dataDir, "copydesk-desk.db")).includes(Buffer.from(token))).toBe(false);
  });

  it("shows a read-only editor the story but keeps their changes off the desk", async () => {
    const writer = addEditor(dataDir, "Ana Reyes");
    const reader = addEditor(dataDir, "Legal Desk", true);
    desk = await startDeskProcess(dataDir);
    const ana = open(STORY, writer);
    ana.doc.getText("body").insert(0, "Council approves budget.");
    await acknowledged(ana.provider);

    const legal = open(STORY, reader);
    await until(legal.doc, () => text(legal) === "Council approves budget.");
    legal.doc.getText("body").insert(0, "LEGAL WAS HERE ");
    ana.doc.getText("body").insert(text(ana).length, " Vote was 7-2.");
    await acknowledged(ana.provider);

    const late = open(STORY, writer);
    await until(late.doc, () => text(late).includes("Vote was 7-2."));
    expect(text(late)).toBe("Council approves budget. Vote was 7-2.");
  });
});

describe("persistence", () => {
  it("keeps every acknowledged change through a kill -9 and a restart", async () => {
    const token = addEditor(dataDir, "Ana Reyes");
    desk = await startDeskProcess(dataDir);
    const ana = open(STORY, token);
    await acknowledged(ana.provider);
    const words: string[] = [];
    for (let i = 0; i < 40; i++) {
      const word = `word${i} `;
      words.push(word);
      ana.doc.getText("body").insert(text(ana).length, word);
    }
    await acknowledged(ana.provider);
    // Killed well inside the 2 s store delay: only the per-update log can have kept them.
    await desk.kill();
    ana.close();
    editors = [];

    desk = await startDeskProcess(dataDir);
    const back = open(STORY, token);
    await acknowledged(back.provider);
    expect(text(back)).toBe(words.join(""));
  });

  it("merges what two editors typed while apart once both reconnect", async () => {
    const token = addEditor(dataDir, "Ana Reyes");
    const other = addEditor(dataDir, "Ben Okafor");
    desk = await startDeskProcess(dataDir);
    const ana = open(STORY, token);
    ana.doc.getText("body").insert(0, "The mayor spoke.");
    await acknowledged(ana.provider);
    const ben = open(STORY, other);
    await until(ben.doc, () => text(ben) === "The mayor spoke.");

    await desk.kill();
    ana.doc.getText("body").insert(0, "Late: ");
    ben.doc.getText("body").insert(text(ben).length, " Residents objected.");
    desk = await startDeskProcess(dataDir, [], desk.port);

    const merged = "Late: The mayor spoke. Residents objected.";
    await until(ana.doc, () => text(ana) === merged);
    await until(ben.doc, () => text(ben) === merged);
  });
});
