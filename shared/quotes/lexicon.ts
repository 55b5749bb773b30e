// Word lists the detector leans on. Kept in one place so a desk can extend them
// without touching the logic. Everything is lower-case.

/** Attribution verbs in the forms copy actually uses (no bare stems: "state" is a noun too often). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "saying", "told", "tells", "telling", "added", "adds", "adding",
  "wrote", "writes", "writing", "posted", "stated", "asked", "asks", "warned", "warns", "warning",
  "explained", "explains", "noted", "insisted", "insists", "insisting", "claimed", "claiming",
  "tweeted", "announced", "announces", "declared", "declares", "replied", "continued",
  "argued", "argues", "arguing", "urged", "urges", "urging", "recalled", "recalls", "conceded", "concedes",
  "admitted", "admits", "acknowledged", "observed", "remarked", "commented", "suggested", "predicted",
  "promised", "vowed", "pledged", "stressed", "stresses", "emphasised", "emphasized", "complained",
  "confirmed", "confirms", "responded", "testified", "quipped", "joked", "cautioned", "reiterated",
  "maintained", "contended", "countered", "lamented", "boasted", "shouted", "wondered", "added",
]);

/** Verbs that frame a fragment or a label rather than speech ("called the move 'overdue'"). */
export const FRAMING_VERBS: ReadonlySet<string> = new Set([
  "called", "calling", "calls", "described", "describing", "describes", "dubbed", "labelled", "labeled",
  "branded", "termed", "rated", "cited", "citing", "accused", "accusing", "praised", "condemned",
  "criticised", "criticized", "denounced", "hailed", "welcomed", "dismissed", "denied", "denying",
  "rejected", "blamed", "characterised", "characterized", "likened", "promising", "demanded", "demanding",
]);

/** Words allowed between a subject and its verb ("Baku has repeatedly said"). */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  "has", "have", "had", "also", "once", "later", "then", "repeatedly", "previously", "again", "earlier",
  "would", "will", "had", "has", "already", "often", "simply", "only", "recently", "publicly", "privately",
]);

export const SOCIAL_CHANNELS: readonly string[] = [
  "Telegram", "X", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "LinkedIn", "Threads",
  "Bluesky", "Truth Social", "WhatsApp", "VK", "VKontakte", "Weibo", "WeChat", "Reddit", "Mastodon", "Snapchat",
];

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i"]);
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "their", "his", "her"]);

/** Titles and job words that precede a name and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "chief", "executive", "officer", "secretary", "mayor", "justice",
  "judge", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady",
  "senator", "sen.", "rep.", "representative", "gov.", "governor", "general", "gen.", "col.", "lt.", "captain",
  "capt.", "sgt.", "professor", "prof.", "king", "queen", "prince", "princess", "pope", "rev.", "bishop",
  "archbishop", "chancellor", "ambassador", "commissioner", "director", "chairman", "chairwoman", "chair",
  "spokesman", "spokeswoman", "spokesperson", "member", "mp", "mep", "local", "state", "deputy", "speaker",
  "attorney", "shadow", "defence", "defense", "interior", "foreign", "finance", "economy", "trade", "labour",
  "labor", "home", "health", "education", "transport", "sheriff", "inspector", "detective", "coach",
  "manager", "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "premier",
  "leader", "head", "founder", "ceo", "cfo", "coo", "analyst", "economist", "lawyer", "attorney-general",
  "superintendent", "constable", "commander", "admiral", "marshal", "sergeant", "lieutenant", "colonel",
  "major", "corporal", "private", "father", "sister", "brother", "imam", "rabbi", "cardinal", "emir",
  "sheikh", "crown", "grand", "former", "acting", "interim", "senior", "junior", "council", "industry",
  "utilities", "festival", "consumer", "party", "opposition", "union", "police", "army", "rights",
]);

export const FEMALE_CUES: ReadonlySet<string> = new Set([
  "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "spokeswoman",
  "chairwoman", "congresswoman", "councilwoman", "businesswoman", "actress", "mother", "wife", "daughter",
  "sister", "grandmother", "widow", "girl", "woman", "her", "she", "sportswoman", "policewoman",
]);
export const MALE_CUES: ReadonlySet<string> = new Set([
  "mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "councilman",
  "businessman", "actor", "father", "husband", "son", "brother", "grandfather", "widower", "boy", "man",
  "his", "he", "sportsman", "policeman",
]);

// A short list of common given names; enough to break ties between "he" and "she".
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  ("maria mary anna ana angela linda teresa helen rachel caroline sophie priya hannah katrin katherine " +
    "catherine kate elizabeth sarah sara laura emma olivia julia jane susan karen nancy lisa margaret " +
    "patricia jennifer jessica amanda emily alice claire marie anne sophia ursula angela kamala hillary " +
    "nicola theresa liz giorgia marine christine irina olga natalia natalya svetlana tatiana elena yulia " +
    "fatima aisha leila layla amira mariam nadia zainab priyanka sunita indira mei li yuki keiko " +
    "ruth esther miriam deborah rebecca jo joanna joan louise lucy charlotte victoria grace chloe ella " +
    "amy zoe ruby isabel isabella carmen lucia rosa sofia ingrid annalena kaja ella beatrice ewa agnieszka")
    .split(/\s+/),
);
export const MALE_NAMES: ReadonlySet<string> = new Set(
  ("john james robert michael william david richard joseph thomas charles daniel matthew mark donald " +
    "paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan " +
    "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory " +
    "alexander patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle " +
    "walter harold carl arthur gerald roger keith jeremy terry lawrence sean christian albert joe ethan " +
    "austin jesse willie billy bryan bruce jordan ralph roy noah dylan eugene wayne alan juan louis " +
    "russell gabriel randy philip harry vincent bobby johnny logan derek tom tobias martin wes graham " +
    "alan james vladimir sergei sergey dmitry dmitri ivan igor nikolai alexei mikhail viktor volodymyr " +
    "emmanuel olaf friedrich boris keir rishi recep ilham nikol ruben ruen mohammed muhammad ahmed ali " +
    "omar hassan hussein mahmoud yusuf ibrahim khalid benjamin naftali yair narendra rahul xi wang " +
    "jean pierre francois jacques luis carlos javier pedro antonio giuseppe marco luca hans klaus jurgen")
    .split(/\s+/),
);

/** Head nouns of organisations and bodies ("the defense ministry", "the union"). */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  "ministry", "government", "department", "agency", "office", "company", "firm", "group", "union", "council",
  "committee", "commission", "federation", "association", "authority", "authorities", "police", "army",
  "military", "court", "bank", "party", "board", "regulator", "administration", "embassy", "foundation",
  "institute", "university", "hospital", "trust", "organisation", "organization", "campaign", "coalition",
  "alliance", "service", "newspaper", "network", "developer", "manufacturer", "carmaker", "chipmaker",
  "retailer", "airline", "club", "team", "league", "church", "charity", "watchdog", "kremlin", "cabinet",
  "parliament", "presidency", "secretariat", "directorate", "command", "headquarters", "prosecutor's office",
  "report", "letter", "statement", "ruling", "study", "survey", "document", "memo", "filing",
]);
/** Heads that are documents: their "speaker" is whoever issued them. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "report", "letter", "statement", "ruling", "study", "survey", "document", "memo", "filing",
]);

/** Capitalised words that make a proper name an organisation or a place, not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "ministry", "council", "bank", "party", "agency", "company", "inc", "inc.", "ltd", "ltd.", "corp", "corp.",
  "plc", "ag", "gmbh", "sa", "llc", "university", "association", "union", "committee", "office",
  "department", "service", "services", "group", "police", "army", "forces", "court", "commission",
  "institute", "government", "federation", "college", "hospital", "trust", "foundation", "league", "club",
  "church", "republic", "kingdom", "states", "nations", "organisation", "organization", "motors", "energy",
  "research", "news", "tv", "times", "post", "press", "agency", "authority", "board", "parliament",
  "assembly", "senate", "congress", "house", "kremlin", "pentagon", "reuters", "network", "airlines",
  "airways", "systems", "technologies", "holdings", "partners", "capital", "media", "industries",
  "international", "fund", "centre", "center", "watch", "alliance", "coalition", "front", "movement",
  "guard", "navy", "corps", "cabinet", "secretariat", "tribunal", "prosecutor", "labs",
]);
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "valley", "river", "street", "road", "avenue", "city", "county", "island", "islands", "mountain",
  "mountains", "lake", "bay", "square", "park", "ward", "district", "province", "region", "state",
  "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "sea", "ocean",
  "coast", "hills", "heights", "strait", "gulf", "peninsula", "airport", "station", "bridge", "estate",
]);

/** Capitalised words that never start or make a name (sentence openers, days, months). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  ("the a an in on at but and or its their his her our my your this that these those there here it he she " +
    "they we i you after before as when while if according hours days weeks months years earlier later " +
    "meanwhile however although though since because for from with without by of to into over under " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
    "one two three four five six seven eight nine ten some many several most all both each every no not " +
    "what who which where why how yes also still even just only so then thus mass this photo news more " +
    "gmt utc am pm").split(/\s+/),
);

/** Plural groups that "they" can stand for; demonyms ("Armenians") deliberately left out. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "officials", "residents", "witnesses", "police", "authorities", "protesters", "activists", "lawmakers",
  "doctors", "experts", "analysts", "researchers", "rebels", "organisers", "organizers", "inspectors",
  "investigators", "prosecutors", "lawyers", "campaigners", "scientists", "economists", "traders",
  "workers", "employees", "parents", "teachers", "students", "medics", "rescuers", "firefighters",
  "diplomats", "sources", "leaders", "ministers", "officers", "soldiers", "villagers", "locals",
]);
/** Singular roles that can stand as an unnamed speaker ("a spokeswoman said"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "official", "witness", "resident", "source", "analyst",
  "doctor", "nurse", "teacher", "officer", "diplomat", "aide", "lawyer", "worker", "employee", "neighbour",
  "neighbor", "activist", "protester", "student", "parent", "soldier", "commander", "insider", "executive",
]);

/** Countries with their adjective, and capitals that stand for them in copy ("Baku said"). */
export const COUNTRIES: ReadonlyArray<readonly [country: string, adjective: string, capital: string]> = [
  ["Afghanistan", "Afghan", "Kabul"], ["Armenia", "Armenian", "Yerevan"], ["Australia", "Australian", "Canberra"],
  ["Austria", "Austrian", "Vienna"], ["Azerbaijan", "Azerbaijani", "Baku"], ["Belarus", "Belarusian", "Minsk"],
  ["Belgium", "Belgian", "Brussels"], ["Brazil", "Brazilian", "Brasilia"], ["Britain", "British", "London"],
  ["Canada", "Canadian", "Ottawa"], ["China", "Chinese", "Beijing"], ["Egypt", "Egyptian", "Cairo"],
  ["France", "French", "Paris"], ["Georgia", "Georgian", "Tbilisi"], ["Germany", "German", "Berlin"],
  ["Greece", "Greek", "Athens"], ["India", "Indian", "New Delhi"], ["Iran", "Iranian", "Tehran"],
  ["Iraq", "Iraqi", "Baghdad"], ["Ireland", "Irish", "Dublin"], ["Israel", "Israeli", "Jerusalem"],
  ["Italy", "Italian", "Rome"], ["Japan", "Japanese", "Tokyo"], ["Jordan", "Jordanian", "Amman"],
  ["Kazakhstan", "Kazakh", "Astana"], ["Lebanon", "Lebanese", "Beirut"], ["Mexico", "Mexican", "Mexico City"],
  ["Netherlands", "Dutch", "Amsterdam"], ["Nigeria", "Nigerian", "Abuja"], ["North Korea", "North Korean", "Pyongyang"],
  ["Pakistan", "Pakistani", "Islamabad"], ["Poland", "Polish", "Warsaw"], ["Qatar", "Qatari", "Doha"],
  ["Russia", "Russian", "Moscow"], ["Saudi Arabia", "Saudi", "Riyadh"], ["South Korea", "South Korean", "Seoul"],
  ["Spain", "Spanish", "Madrid"], ["Sweden", "Swedish", "Stockholm"], ["Syria", "Syrian", "Damascus"],
  ["Taiwan", "Taiwanese", "Taipei"], ["Turkey", "Turkish", "Ankara"], ["Ukraine", "Ukrainian", "Kyiv"],
  ["United States", "American", "Washington"], ["Venezuela", "Venezuelan", "Caracas"], ["Yemen", "Yemeni", "Sanaa"],
  ["Serbia", "Serbian", "Belgrade"], ["Hungary", "Hungarian", "Budapest"], ["Finland", "Finnish", "Helsinki"],
  ["Norway", "Norwegian", "Oslo"], ["Denmark", "Danish", "Copenhagen"], ["Portugal", "Portuguese", "Lisbon"],
  ["Cuba", "Cuban", "Havana"], ["Libya", "Libyan", "Tripoli"], ["Sudan", "Sudanese", "Khartoum"],
  ["Ethiopia", "Ethiopian", "Addis Ababa"], ["Kenya", "Kenyan", "Nairobi"], ["South Africa", "South African", "Pretoria"],
  ["Argentina", "Argentine", "Buenos Aires"], ["Chile", "Chilean", "Santiago"], ["Colombia", "Colombian", "Bogota"],
  ["Indonesia", "Indonesian", "Jakarta"], ["Philippines", "Filipino", "Manila"], ["Vietnam", "Vietnamese", "Hanoi"],
  ["Thailand", "Thai", "Bangkok"], ["Malaysia", "Malaysian", "Kuala Lumpur"], ["Moldova", "Moldovan", "Chisinau"],
  ["Romania", "Romanian", "Bucharest"], ["Lithuania", "Lithuanian", "Vilnius"], ["Latvia", "Latvian", "Riga"],
  ["Estonia", "Estonian", "Tallinn"], ["Switzerland", "Swiss", "Bern"], ["Palestine", "Palestinian", "Ramallah"],
];
