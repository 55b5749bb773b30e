import { describe, expect, it } from "vitest";
import { detectQuotes } from "./index.ts";

const find = (text: string, opening: string) => detectQuotes(text).find((q) => q.text.startsWith(opening))!;

describe("fullest names, family-first ones included", () => {
  it("resolves a later family name to the full family-first name, though 'Park' is also a place word", () => {
    const text = [
      "Kim Min-jun, who chairs the panel, said the rise was fair.",
      '"Nobody got what they wanted," Kim said.',
      "Park Ji-won, a union leader, said members would march.",
      '"Rents have gone up," Park said.',
    ].join("\n\n");
    expect(find(text, "Nobody").speaker).toBe("Kim Min-jun");
    expect(find(text, "Rents").speaker).toBe("Park Ji-won");
  });
});

describe("the ranked candidates", () => {
  it("names the speaker a reader knows where no cue does, and offers the next candidates", () => {
    const text = [
      "Councillor Maria Olsen spoke first.",
      "Her colleague Tom Reyes, who chairs the finance committee, pointed to the repair bill.",
      '"We cannot keep pouring money into a building that leaks."',
    ].join("\n\n");
    const q = find(text, "We cannot");
    expect(q.speaker).toBe("Tom Reyes");
    expect(q.candidates?.map((c) => c.name)).toContain("Maria Olsen");
    expect(q.confidence).toBeLessThan(0.7); // a ranked pick is offered, not pre-selected
  });

  it("gives a phrase woven into a sentence to that sentence's subject", () => {
    const text = 'Mayor Ana Dunmore described the budget as "a plan for the next decade" on Monday.';
    expect(find(text, "a plan for").speaker).toBe("Ana Dunmore");
  });

  it("keeps a scare quote with no cue nobody's", () => {
    const text = 'Mayor Ana Dunmore spoke on Monday. The so-called "garden tax" was dropped.';
    expect(find(text, "garden tax").speaker).toBeNull();
  });
});
