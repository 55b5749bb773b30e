// Roles and groups: who an unnamed speaker can be ("a spokeswoman", "residents"). Lower-case.
import { TITLE_WORDS } from "./titles.ts";

/** Plural groups that "they" can stand for; demonyms ("Armenians") deliberately left out. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  // "the authors wrote": a study's authors speak as one.
  "authors",
  // Party members as a bloc: "a handful of Republicans who had called it …".
  "republicans",
  "democrats",
  "conservatives",
  "tories",
  "senators",
  "officials",
  "residents",
  "witnesses",
  "police",
  "authorities",
  "protesters",
  "activists",
  "lawmakers",
  "doctors",
  "experts",
  "analysts",
  "researchers",
  "rebels",
  "organisers",
  "organizers",
  "inspectors",
  "investigators",
  "prosecutors",
  "lawyers",
  "campaigners",
  "scientists",
  "economists",
  "traders",
  "workers",
  "employees",
  "parents",
  "teachers",
  "students",
  "medics",
  "rescuers",
  "firefighters",
  "diplomats",
  "sources",
  "leaders",
  "ministers",
  "officers",
  "soldiers",
  "villagers",
  "locals",
]);
/** Singular roles that can stand as an unnamed speaker ("a spokeswoman said"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "shopkeeper",
  "bystander",
  "passer-by",
  "customer",
  "commuter",
  "passenger",
  "shopper",
  "driver",
  "neighbour",
  "friend",
  "relative",
  "colleague",
  "manager",
  "owner",
  "farmer",
  "pensioner",
  "survivor",
  "volunteer",
  "paramedic",
  "firefighter",
  "councillor",
  "economist",
  "researcher",
  "scientist",
  "engineer",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "official",
  "witness",
  "resident",
  "source",
  "analyst",
  "doctor",
  "nurse",
  "teacher",
  "officer",
  "diplomat",
  "aide",
  "lawyer",
  "worker",
  "employee",
  "neighbour",
  "neighbor",
  "activist",
  "protester",
  "student",
  "parent",
  "soldier",
  "commander",
  "insider",
  "executive",
]);

/**
 * Roles a story gives a person and may later use alone for them ("captain Jess Adeyemi" ... "the
 * captain said"; "Gwen Talbot, the returning officer" ... "the returning officer said"). A role word
 * written before a name is not part of it ("Co-author Dr Tomasz Wróbel" is Tomasz Wróbel).
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  (
    "captain skipper coach manager referee striker midfielder defender goalkeeper winger forward " +
    "judge recorder magistrate prosecutor barrister solicitor defendant witness juror coroner " +
    "chief mayor minister president premier chancellor governor senator sheriff councillor cllr " +
    "mp mep candidate leader chairman chairwoman chair director founder owner boss ceo " +
    "spokesman spokeswoman spokesperson officer official inspector detective superintendent " +
    "author co-author researcher scientist professor doctor surgeon nurse midwife paramedic " +
    "economist analyst strategist pollster teacher headteacher headmaster headmistress principal " +
    "composer conductor cellist violinist pianist singer actor actress writer novelist poet artist " +
    "architect engineer farmer pensioner resident landlord tenant student campaigner activist " +
    "pastor priest vicar rabbi imam bishop victim survivor veteran driver pilot firefighter " +
    "entrepreneur businessman businesswoman executive agent lawyer attorney diplomat envoy " +
    "returning organiser organizer curator editor presenter broadcaster host"
  ).split(/\s+/),
);

/** Roles a story may swap for each other ("captain Rob Tanner" … "the skipper said"). */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["skipper", "captain"],
  ["boss", "manager"],
  ["spokeswoman", "spokesperson"],
  ["spokesman", "spokesperson"],
  ["chairwoman", "chair"],
  ["chairman", "chair"],
  ["headteacher", "head"],
  ["headmaster", "head"],
  ["headmistress", "head"],
  ["attorney", "lawyer"],
  ["solicitor", "lawyer"],
  ["barrister", "lawyer"],
  ["organizer", "organiser"],
]);

/**
 * Words that identify a source when written next to the name ("Jo Hale, a lawyer"; "spokesman Ed
 * Ruiz"): every role and title above, and relations and offices that name no unnamed speaker.
 */
export const IDENTIFYING_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_ROLES,
  ...ROLE_NOUNS,
  ...TITLE_WORDS,
  ...(
    "chairperson rep sen gov co-founder cto reporter correspondent historian expert adviser advisor " +
    "consultant councilor lawmaker legislator dean physician coordinator negotiator attache consul " +
    "staffer partner president-elect trustee treasurer clerk player mother son daughter wife husband " +
    "supervisor administrator controller auditor " +
    "registrar provost warden ranger mechanic beekeeper vendor"
  ).split(" "),
]);
