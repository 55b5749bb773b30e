// Words of attribution: the verbs that report speech, and the words that tell a reader who a
// speaker is (titles, roles, affiliations).

/** Neutral and near-neutral verbs that tie words to a speaker. */
export const SPEECH_VERBS =
  "said|says|say|told|tells|added|adds|stated|states|wrote|writes|warned|warns|noted|notes|explained|" +
  "asked|asks|replied|replies|announced|announces|urged|urges|argued|argues|reported|reports|testified|" +
  "estimated|predicted|responded|declared|confirmed|denied|cited|accused|described";

/** Role and title words that identify a source when placed next to the name. */
export const ROLE_WORDS = new Set(
  (
    "spokesman spokeswoman spokesperson minister president vice director chief chair chairman chairwoman " +
    "chairperson professor dr secretary ambassador general commander mayor governor senator representative " +
    "rep sen gov judge justice lawyer attorney economist analyst researcher scientist official officer " +
    "leader head founder co-founder owner executive ceo cfo coo cto manager editor reporter correspondent " +
    "author historian expert adviser advisor consultant strategist candidate councilor councillor " +
    "councilman councilwoman lawmaker legislator mp deputy speaker prime premier king queen prince " +
    "princess emir sheikh pope bishop archbishop rabbi imam pastor priest colonel lieutenant captain " +
    "sergeant major admiral marshal inspector detective sheriff chancellor dean principal teacher student " +
    "resident doctor nurse surgeon physician engineer architect farmer worker volunteer coordinator " +
    "organizer activist campaigner negotiator envoy diplomat attache consul aide staffer partner " +
    "president-elect commissioner superintendent trustee treasurer clerk coach player captain mother father " +
    "son daughter wife husband sister brother owner supervisor administrator alderman alderwoman selectman " +
    "selectwoman comptroller controller auditor registrar provost warden ranger constable mechanic " +
    "beekeeper shopkeeper vendor nurse pilot driver"
  ).split(" "),
);

/** Capitalised words that make a phrase an organisation or place rather than a person's name. */
export const NOT_PERSON_WORDS = new Set(
  (
    "ministry department office council agency police court army government party committee bank university " +
    "house times post news press association union company corp inc group organization organisation " +
    "commission institute center centre service forces guard parliament congress senate assembly board " +
    "authority fund foundation league federation club network media tv radio journal daily agency " +
    "monday tuesday wednesday thursday friday saturday sunday new north south east west united republic " +
    "kingdom state states city county province region street road"
  ).split(" "),
);
