// Pronouns that can stand for a speaker.

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i"]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "their", "his", "her"]);
