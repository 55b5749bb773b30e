// The story's makers are never its speakers: agencies, bylines and photo credits.
import { describe, expect, it } from "vitest";
import { creditSpans, ownAgencies } from "./credits.ts";
import { detectQuotes } from "../quotes/index.ts";

const credited = (text: string): string[] => creditSpans(text).map((s) => text.slice(s.start, s.end));

describe("credits and bylines", () => {
  it("finds photo credits, bylines and sign-offs, not sentences that open with 'By'", () => {
    const text =
      "By Ama Owusu and Lars Berg, Reuters\n\nPhoto: Kenji Mori/AFP\n\nBy 2030, the port will double.\n\n" +
      "Dockers march on Monday. (Ines Caro/Getty Images)\n\nReporting by Ama Owusu; Editing by Tom Hale";
    expect(credited(text)).toEqual([
      "By Ama Owusu and Lars Berg, Reuters",
      "Photo: Kenji Mori/AFP",
      "(Ines Caro/Getty Images)",
      "Reporting by Ama Owusu; Editing by Tom Hale",
    ]);
  });

  it("takes a brief's closing sign-off, not a dash that attributes a quotation", () => {
    expect(credited('Ruiz said he would "try again."--Ana Lima.\n\nNext brief.')).toEqual(["--Ana Lima."]);
    expect(credited('"Never give up." — Ana Lima.')).toEqual([]);
  });

  it("reads the story's own agency from its dateline or byline", () => {
    expect([...ownAgencies("ACCRA, May 2 (Reuters) - Port workers struck.")]).toEqual(["Reuters"]);
    expect(ownAgencies("LIMA, Peru (AP) — Miners struck.").has("Associated Press")).toBe(true);
    expect(ownAgencies("Port workers struck, Reuters reported.").size).toBe(0);
  });
});

describe("detection names no one the story credits", () => {
  it("does not give a quote to a photo agency, a photographer or the byline's reporter", () => {
    const text =
      "By Maria Olsen, Reuters\n\nOSLO, March 3 (Reuters) - The health minister resigned on Tuesday.\n\n" +
      "Photo: Erik Dahl/Getty Images\n\n" +
      '"I have no regrets," she said.\n\n"The work goes on," the ministry said in a statement to Reuters.';
    const quotes = detectQuotes(text);
    const named = quotes.flatMap((q) => [q.speaker, ...(q.candidates ?? []).map((c) => c.name)]);
    for (const maker of ["Maria Olsen", "Reuters", "Erik Dahl", "Getty Images"])
      expect(named).not.toContain(maker);
    expect(quotes[1].speaker).toBe("the ministry");
  });

  it("still lets another outlet be the source it is", () => {
    const text =
      'BERLIN (Reuters) - Talks stalled. "There is no deal yet," the newspaper Der Spiegel reported.';
    expect(detectQuotes(text)[0].speaker).toContain("Der Spiegel");
  });
});
