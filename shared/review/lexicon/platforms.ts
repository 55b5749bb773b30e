// Social platforms a quote can come from, and the phrasing that says so ("said on Telegram",
// "posted on X", "tweeted"). A quote found this way needs a verified account behind it.
import { SOCIAL_CHANNELS } from "../../language/words.ts";

export const SOCIAL_PLATFORMS = SOCIAL_CHANNELS;

const PLATFORM_PATTERN = SOCIAL_PLATFORMS.map((p) => p.replace(/ /g, "\\s+")).join("|");

/**
 * "said on Telegram", "posted on X", "wrote in a Facebook post", "in a video posted to YouTube",
 * "tweeted". The platform must be capitalised, so "posted on x" or "said on the phone" do not count.
 */
export const SOCIAL_CUE = new RegExp(
  String.raw`\b(?:(?:said|says|wrote|writes|posted|posts|announced|shared|added|stated|declared|told\s+\w+)\s+(?:\w+\s+)?(?:on|to|via|in)\s+(?:(?:his|her|their|its|an?|the)\s+)?(?:official\s+)?(?:${PLATFORM_PATTERN})\b(?!-)|in\s+an?\s+(?:${PLATFORM_PATTERN})\s+(?:post|video|message|statement|thread|story)|(?:on|via)\s+(?:${PLATFORM_PATTERN})\s+(?:channel|account|page)|\b(?:tweeted|retweeted))`,
  "g",
);

/** The platform named in a social-media cue, or "X" for "tweeted". */
export function platformIn(cue: string): string {
  const named = new RegExp(String.raw`\b(${PLATFORM_PATTERN})\b`).exec(cue);
  return named ? named[1] : "X";
}
