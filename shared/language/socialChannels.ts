// Social platforms a quote can come from ("said on Telegram"); detection and the review share it.

/** Social platforms a quote can come from; the attribution review reads this list too. */
export const SOCIAL_CHANNELS = [
  "Telegram",
  "X",
  "Twitter",
  "Facebook",
  "Instagram",
  "TikTok",
  "YouTube",
  "WhatsApp",
  "Threads",
  "Bluesky",
  "Mastodon",
  "LinkedIn",
  "Reddit",
  "Weibo",
  "WeChat",
  "VKontakte",
  "VK",
  "Truth Social",
  "Snapchat",
  "Discord",
] as const;
