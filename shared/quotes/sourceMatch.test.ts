import { describe, expect, it } from "vitest";
import { matchSourceName } from "./index.ts";
import { editDistance } from "./editDistance.ts";

const library = [
  { id: "1", name: "Ruben Vardanyan" },
  { id: "2", name: "Maria Zakharova" },
  { id: "3", name: "José Pérez" },
  { id: "4", name: "Ann Lee" },
];

describe("matchSourceName", () => {
  it("matches exactly, ignoring case and accents", () => {
    expect(matchSourceName("jose perez", library)).toMatchObject({ id: "3", exact: true, distance: 0 });
    expect(matchSourceName("MARIA ZAKHAROVA", library)).toMatchObject({ id: "2", exact: true });
  });

  it("catches a missing letter and a transposition", () => {
    expect(matchSourceName("Ruen Vardanyan", library)).toMatchObject({ id: "1", exact: false, distance: 1 });
    expect(matchSourceName("Ruben Vradanyan", library)).toMatchObject({ id: "1", exact: false, distance: 1 });
    expect(matchSourceName("Maria Zakharva", library)).toMatchObject({ id: "2", exact: false });
  });

  it("matches a surname alone to the one source with that surname", () => {
    expect(matchSourceName("Zakharova", library)).toMatchObject({ id: "2", name: "Maria Zakharova" });
  });

  it("does not merge different people with similar names", () => {
    expect(matchSourceName("Mario Zakharov", library)).toBeNull();
    expect(matchSourceName("Dan Lee", library)).toBeNull();
    expect(matchSourceName("Anna Leek", library)).toBeNull();
    expect(matchSourceName("Lee", [...library, { id: "5", name: "Bruce Lee" }])).toBeNull();
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("abcd", "abdc")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
