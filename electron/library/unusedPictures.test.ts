// Pictures nothing shows any more leave the library file: not while a story, its History or a
// story in Trash still shows them, and not within the grace period after they were added.
import { expect, it } from "vitest";
import { body, paragraph } from "../../shared/document/build.ts";
import type { BlockNodeJSON } from "../../shared/document/nodes.ts";
import { openLibrary } from "./index.ts";
import { PICTURE_SWEEP_EVERY_MS, removeUnusedPictures, sweepUnusedPictures } from "./pictures.ts";
import { makePng } from "./pictures.test-support.ts";
import type { Handlers } from "./service.ts";
import { freshServiceEachTest, type ServiceOnClock } from "./service.test-support.ts";
import type { LibraryStore } from "./store/interface.ts";
import { UNUSED_PICTURE_GRACE_MS } from "./store/unusedPictures.ts";

let path: string;
let store: LibraryStore;
let clock: ServiceOnClock["clock"];
let service: Handlers;
freshServiceEachTest((fresh) => ({ path, store, clock, service } = fresh));

const DAY = 24 * 60 * 60 * 1000;

async function keep(fill: [number, number, number]) {
  return service["pictures.add"]({ data: makePng(40, 30, fill).toString("base64"), fileName: "photo.png" });
}

const figure = (picture: { hash: string; width: number; height: number }): BlockNodeJSON => ({
  type: "figure",
  version: 1,
  src: "",
  image: picture.hash,
  width: picture.width,
  height: picture.height,
  alt: "The quay",
  caption: "",
  credit: "",
});

const sweep = () => store.transaction((writer) => removeUnusedPictures(writer, clock.now()));
const inLibrary = (hash: string) => store.pictureInfo(hash) !== undefined;

it("removes a picture no story or revision shows, and keeps one a revision still shows", async () => {
  const inHistory = await keep([200, 0, 0]);
  const dropped = await keep([0, 0, 200]);
  const words = paragraph("The quay reopened on Monday.");
  const story = await service["articles.create"]({
    headline: "Quay",
    body: body([figure(inHistory), words]),
  });
  await service["articles.checkpoint"]({ id: story.id, reason: "Before the rewrite" });
  await service["articles.update"]({ id: story.id, changes: { body: body([figure(dropped), words]) } });
  await service["articles.update"]({ id: story.id, changes: { body: body([words]) } });
  // History holds only the first picture.
  const history = store.listRevisions(story.id).map((r) => JSON.stringify(store.getRevision(r.id)?.body));
  expect(history.join()).toContain(inHistory.hash);
  expect(history.join()).not.toContain(dropped.hash);

  // Within the grace period a story being written may still take it: nothing goes.
  clock.advance(UNUSED_PICTURE_GRACE_MS - DAY);
  expect(sweep()).toBe(0);
  clock.advance(2 * DAY);
  expect(sweep()).toBe(1);
  expect(inLibrary(dropped.hash)).toBe(false);
  const shown = async (hash: string) => service["pictures.get"]({ hash });
  await expect(shown(dropped.hash)).rejects.toThrow("That picture is not in the library.");
  // Restoring the revision shows its picture again.
  expect(inLibrary(inHistory.hash)).toBe(true);
  const [revision] = (await service["revisions.list"]({ articleId: story.id })).slice(-1);
  const restored = await service["revisions.restore"]({ articleId: story.id, revisionId: revision.id });
  expect(restored.body.root.children[0]).toMatchObject({ type: "figure", image: inHistory.hash });
  await expect(shown(inHistory.hash)).resolves.toMatchObject({ mime: "image/png" });
});

it("keeps a story's pictures while it is in Trash, and lets them go when Trash is emptied", async () => {
  const photo = await keep([0, 120, 0]);
  const story = await service["articles.create"]({ headline: "Pier", body: body([figure(photo)]) });
  await service["articles.checkpoint"]({ id: story.id });
  await service["articles.trash"]({ id: story.id });
  clock.advance(UNUSED_PICTURE_GRACE_MS + DAY);
  expect(sweep()).toBe(0); // the story can still be restored, pictures and all
  expect(inLibrary(photo.hash)).toBe(true);
  await service["articles.emptyTrash"]({});
  expect(inLibrary(photo.hash)).toBe(false);
});

it("gives a picture added again a new grace period, however old its first copy", async () => {
  const photo = await keep([9, 9, 9]);
  clock.advance(UNUSED_PICTURE_GRACE_MS + DAY);
  await keep([9, 9, 9]); // pasted again: an autosave is about to show it
  expect(sweep()).toBe(0);
  expect(inLibrary(photo.hash)).toBe(true);
});

it("are swept when a host opens the library, once its pages are known sound", async () => {
  // Kept forty days ago: long past the grace period by the system's clock, which the host uses.
  clock.advance(Date.now() - Date.parse(clock.now()) - UNUSED_PICTURE_GRACE_MS - 10 * DAY);
  const shown = await keep([1, 2, 3]);
  const unused = await keep([3, 2, 1]);
  await service["articles.create"]({ headline: "Ferry", body: body([figure(shown)]) });
  // The host opens the file beside the connection the test wrote through, as the app beside a CLI.
  const host = openLibrary(path, { backgroundCheckAfterMs: 0 });
  try {
    await expect.poll(() => host.store.pictureInfo(unused.hash), { timeout: 30_000 }).toBeUndefined();
    expect(host.store.pictureInfo(shown.hash)).toMatchObject({ width: 40, height: 30 });
  } finally {
    host.close();
  }
}, 60_000);

it("are looked for on open at most once a week, since that reads every story and its History", async () => {
  const first = await keep([10, 20, 30]);
  clock.advance(2 * DAY);
  const second = await keep([30, 20, 10]);
  clock.advance(UNUSED_PICTURE_GRACE_MS - DAY); // the first is past its grace, the second not
  const onOpen = () => store.transaction((writer) => sweepUnusedPictures(writer, clock.now()));
  expect(onOpen()).toBe(1);
  expect(inLibrary(first.hash)).toBe(false);
  clock.advance(2 * DAY); // the second is past its grace now, but the last look was two days ago
  expect(onOpen()).toBe(0);
  expect(inLibrary(second.hash)).toBe(true);
  clock.advance(PICTURE_SWEEP_EVERY_MS);
  expect(onOpen()).toBe(1);
  expect(inLibrary(second.hash)).toBe(false);
});

it("keeps a picture History shows, however long after that it was last added again", async () => {
  const photo = await keep([50, 60, 70]);
  const story = await service["articles.create"]({ headline: "Lock", body: body([figure(photo)]) });
  await service["articles.checkpoint"]({ id: story.id });
  await service["articles.update"]({ id: story.id, changes: { body: body([paragraph("No picture.")]) } });
  clock.advance(UNUSED_PICTURE_GRACE_MS + DAY);
  await keep([50, 60, 70]); // added again, and left out again before it was saved
  clock.advance(UNUSED_PICTURE_GRACE_MS + DAY);
  expect(sweep()).toBe(0);
  expect(inLibrary(photo.hash)).toBe(true);
});
