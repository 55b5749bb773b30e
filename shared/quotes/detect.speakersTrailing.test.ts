// Focused cases for the speaker classes of the fourth pass over the training misses: a phrase
// quoted mid-sentence with the speaker at the sentence's end, a parenthesis between the name and
// the verb, a surname that is also a nationality, US local offices as titles, and a thin space
// between nested marks. Each story is short and made up for the class it tests.
import { describe, expect, it } from "vitest";
import { detectQuotes } from "./index.ts";

const speakerOf = (text: string, opening: string): string | null => {
  const q = detectQuotes(text).find((d) => d.text.startsWith(opening));
  if (!q) throw new Error(`not found: ${opening}`);
  return q.speaker;
};

describe("speakers named at the end of the sentence", () => {
  it("keeps a question and its asker in one sentence", () => {
    const text = "Mara Quist stayed on. “Is that not a bribe?” Dunmore asked. “I think it is.”";
    expect(detectQuotes(text).map((q) => q.speaker)).toEqual(["Dunmore", "Dunmore"]);
  });

  it("reads 'Name said' in a clause before the next quotation", () => {
    const text =
      "President Alain Roussel met Carl Brandt. " +
      "Brandt’s “excesses” are sickening, Roussel said Tuesday in Paris, noting the man “makes you want to retch.”";
    expect(speakerOf(text, "excesses")).toBe("Alain Roussel");
  });

  it("gives a phrase quoted mid-sentence to the name after ', said'", () => {
    const text =
      "Mayor Ines Corbett opened the pool in June. " +
      'Corbett "won over the swimmers at last" in the spring, said Tayside University lecturer Omar Fenwick.';
    expect(speakerOf(text, "won over")).toBe("Omar Fenwick");
  });

  it("reads the verb a comma back when an apposition follows the name", () => {
    const text =
      "Dara Quill spoke first. Rita Lowe spoke next. " +
      'The vote was a "summer of pain" for the council, said Ben Arkwright, a local pollster and consultant.';
    expect(speakerOf(text, "summer of pain")).toBe("Ben Arkwright");
  });

  it("takes the name before ', said' over a pronoun earlier in the clause", () => {
    const text =
      "Councillor Jo Paget wants the depot. " +
      'It is "very unlikely" she gets it, Hal Brennan, a planning consultant, said.';
    expect(speakerOf(text, "very unlikely")).toBe("Hal Brennan");
  });

  it("gives the phrase to a name then 'said' closing the sentence", () => {
    const text = 'Ana Solis met Kerr. She "felt a duty to act on" the floods, Grieve said.';
    expect(speakerOf(text, "felt a duty")).toBe("Grieve");
  });
});

describe("names the cue's subject is written with", () => {
  it("skips a party-and-state parenthesis between the name and the verb", () => {
    const text =
      "At a rally in Dayton, OH, after winning in Ohio and Texas, Gov. Lena Marsh (R-OH), said, " +
      "“We will take this all the way.”";
    expect(speakerOf(text, "We will take")).toBe("Lena Marsh");
    const later =
      "Speaking about storms in Kansas and Missouri, Governor Ray Tolland (R-OK) said the state is " +
      "“ready for whatever comes.”";
    expect(speakerOf(later, "ready for")).toBe("Ray Tolland");
  });

  it("reads a nationality word as the surname of a person the story named", () => {
    const text =
      "Mark Cuban, the investor, spoke on Sunday. " +
      'The mayor would have to "move to the center," Cuban said.';
    const q = detectQuotes(text).find((d) => d.text.startsWith("move to the center"));
    // The rules read the cue ("Cuban said"), not only the ranking's guess.
    expect([q?.speaker, q?.cue]).toEqual(["Mark Cuban", "said"]);
    // With no such person, the word is a nationality and names no one.
    expect(speakerOf('The talks "went well," the Cuban said.', "went well")).toBe(null);
  });

  it("reads a described role before a comma as describing the name after it", () => {
    expect(
      speakerOf('Ilse Brand spoke. "We are anxious," said another Facebook user, Johanna Veit.', "We are"),
    ).toBe("Johanna Veit");
    const text =
      "Dana Quill ran for governor. In October, Quill’s Ohio state director, Mike Renner, wrote in an email: " +
      "“We want this done soon.”";
    expect(speakerOf(text, "We want")).toBe("Mike Renner");
  });

  it("reads a place-like name as a person when a role stands in apposition", () => {
    const text =
      "Bay Kendrick, national treasurer for the Hale campaign, called it “a street fight.”\n\n" +
      "Officials met on Monday.\n\n" +
      "“You count the people you can meet,” Kendrick said, noting that Hale had lost no delegate.";
    expect(speakerOf(text, "a street fight")).toBe("Bay Kendrick");
    expect(speakerOf(text, "You count")).toBe("Bay Kendrick");
  });

  it("reads a family-first surname as the person, though 'the company' follows it", () => {
    const text =
      "Hanul Cell named Yoon Ji-ho as chief executive on Monday.\n\n" +
      "Yoon, who has run the company's storage division since 2021, replaces Choi Min.\n\n" +
      '"I did not get this job because of my name," Yoon told reporters.';
    expect(speakerOf(text, "I did not get")).toBe("Yoon Ji-ho");
  });

  it("gives the name, not the role, when an age opens the apposition", () => {
    const text =
      "Residents met on Sunday.\n\n" +
      '"We have heard such promises before," said Mohan Tiwari, 63, a retired railway employee.';
    expect(speakerOf(text, "We have heard")).toBe("Mohan Tiwari");
    const before = 'Mohan Tiwari, 63, a retired railway employee, said: "We have heard it before."';
    expect(speakerOf(before, "We have heard")).toBe("Mohan Tiwari");
  });

  it("cuts US local offices off the name", () => {
    expect(speakerOf('"People are angry," Chicago Alderman Jason C. Ervin said.', "People are")).toBe(
      "Jason C. Ervin",
    );
    expect(speakerOf('"It passed," said Assemblywoman Rosa Tull.', "It passed")).toBe("Rosa Tull");
  });
});

describe("marks set with a space between them", () => {
  it("closes a double quote after a nested single one and a space", () => {
    const text =
      "\"They look for a slip and treat it like, 'Oh, this matters,' \" Ned Tarrow said at the rally. " +
      '"But nobody minds the rest."';
    const quotes = detectQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ned Tarrow", "Ned Tarrow"]);
    expect(quotes[1].text).toBe("But nobody minds the rest.");
  });
});

describe("which clause a cue belongs to", () => {
  it("leaves a verb ending on a colon to the quotation after it", () => {
    const text =
      "Judge Ada Morrow spoke in March. Senator Kit Haller answered in May. " +
      'After Morrow said weaker pupils might do better at "smaller schools," Haller said: "I disagree with her."';
    expect(speakerOf(text, "smaller schools")).toBe("Ada Morrow");
    expect(speakerOf(text, "I disagree")).toBe("Kit Haller");
  });

  it("gives a colon's quotation to the subject of the clause that ends on it", () => {
    const text =
      "Dana Voss and Eli Brandt debated on Tuesday. " +
      "When Voss suggested the port would be sold, Brandt fired back: “It will never be sold.”";
    expect(speakerOf(text, "It will never")).toBe("Eli Brandt");
  });

  it("gives a quote in a title-case first line to the person it opens on", () => {
    const text =
      "Gorman Takes Talk of a Cabinet Post ‘Very Seriously.’\n\n" +
      "Former governor Lyle Gorman said on Sunday he would consider the post.\n\n" +
      "He met the party leaders in the afternoon.";
    expect(speakerOf(text, "Very Seriously")).toBe("Lyle Gorman");
  });
});
