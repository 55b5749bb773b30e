// Family names written first (Korean, Chinese, Vietnamese and others in English-language copy):
// "Kim Min-jun" is "Kim" on second reference, "Liu Fang" is "Liu". A name whose second word is a
// hyphenated given name ("Min-jun", "Ji-won") is family-first whatever its family name.

export const FAMILY_FIRST_SURNAMES: ReadonlySet<string> = new Set(
  // Korean
  (
    "kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang chang lim im han oh shin " +
    "seo kwon hwang ahn song jeon hong ko moon yang son bae baek heo nam noh ha kwak ryu yu " +
    // Chinese
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao liang " +
    "zheng xie tang deng xi meng feng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng " +
    "wei su lu ding shen ren yao jin qian tan fu fan " +
    // Vietnamese
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly"
  ).split(" "),
);

/** "Kim Min-jun", "Liu Fang": two words, the family name first. */
export function isFamilyFirst(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [family, given] = words;
  return /^\p{L}+-\p{L}+$/u.test(given) || FAMILY_FIRST_SURNAMES.has(family.toLowerCase());
}
