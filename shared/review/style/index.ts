// House style: the rule shape, its matching, the default sheet and CSV in and out.
export { DEFAULT_STYLE_SHEET } from "./defaultSheet.ts";
export { CSV_COLUMNS, styleSheetFromCsv, styleSheetToCsv } from "./csv.ts";
export { HOUSE_STYLE_PREFIX, styleReviewRule, styleReviewRules } from "./reviewRules.ts";
export { STYLE_RULE_KINDS, type StyleRule, type StyleRuleKind, styleRule, styleSheet } from "./rule.ts";
