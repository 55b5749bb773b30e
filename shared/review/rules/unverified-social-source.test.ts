import { describe, expect, it } from "vitest";
import { body, paragraph, textNode } from "../../document/build.ts";
import { contextFor, quoteAt, source } from "../ruleInputs.test-support.ts";
import { unverifiedSocialSource } from "./unverified-social-source.ts";

const TELEGRAM =
  '"Mass shelling has started here," Ruben Vardanyan, a former state minister, said on Telegram.';
const PHONE = '"Mass shelling has started here," Ruben Vardanyan, a former state minister, said by phone.';
const WORDS = "Mass shelling has started here,";
const vardanyan = (verified: boolean, reachedVia: "social-media" | "phone" = "phone") =>
  source({ id: "rv", name: "Ruben Vardanyan", verified, reachedVia });

describe("unverified-social-source", () => {
  it("flags a quote said on Telegram when the speaker is not a verified source", () => {
    const quote = quoteAt(TELEGRAM, WORDS, { speaker: "Ruben Vardanyan", speakerKind: "person" });
    const [finding] = unverifiedSocialSource.check(contextFor(TELEGRAM, [quote]));
    expect(finding.message).toMatch(/Telegram/);
    expect(TELEGRAM.slice(finding.start, finding.end)).toBe(WORDS);
    // The detector's own channel is enough too.
    const posted = quoteAt(PHONE, WORDS, { channel: "X" });
    expect(unverifiedSocialSource.check(contextFor(PHONE, [posted]))).toHaveLength(1);
  });

  it("passes the same quote when the speaker is a verified source", () => {
    const quote = quoteAt(TELEGRAM, WORDS, { speaker: "Ruben Vardanyan", speakerKind: "person" });
    expect(unverifiedSocialSource.check(contextFor(TELEGRAM, [quote], [vardanyan(true)]))).toEqual([]);
  });

  it("does not treat a phone call, or a platform named inside the quote, as social media", () => {
    expect(unverifiedSocialSource.check(contextFor(PHONE, [quoteAt(PHONE, WORDS)]))).toEqual([]);
    const text = '"I saw it said on Telegram first," the driver told reporters.';
    expect(
      unverifiedSocialSource.check(contextFor(text, [quoteAt(text, "I saw it said on Telegram first,")])),
    ).toEqual([]);
  });

  it("flags a tagged source reached via social media and not verified", () => {
    const b = body([
      paragraph([
        {
          type: "quotation",
          version: 1,
          quoteId: "q",
          sourceId: "rv",
          status: "confirmed",
          children: [textNode("We hold the pass")],
        },
        textNode(", Vardanyan wrote."),
      ]),
    ]);
    expect(unverifiedSocialSource.check(contextFor(b, [], [vardanyan(false, "social-media")]))).toHaveLength(
      1,
    );
    expect(unverifiedSocialSource.check(contextFor(b, [], [vardanyan(true, "social-media")]))).toEqual([]);
  });
});
