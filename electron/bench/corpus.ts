// Synthetic newsroom copy for benchmarks, seeded so every run builds the same library.
// Words follow a Zipf law over a real head (function words, newsroom words) and a long
// made-up tail, so a search meets what a real archive has: words in every story ("the",
// "said"), topical words in some ("council", "water rates"), and rare ones in a handful.
// Stories carry quotations attributed to named people, as copy does.
import { body, paragraph } from "../../shared/document/build.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";

const FUNCTION_WORDS = (
  "the of and to a in that is for on was with he it as at by from his be have are an not this " +
  "has had but they which were their or its been one also after who more will would there than " +
  "two when into new about over some other could all out up can them what last only year first " +
  "three before years said people these while under since between during told most because"
).split(" ");

const NEWS_WORDS = (
  "council budget minister ministry police court judge ferry harbour bridge election vote tax school " +
  "hospital doctor nurse strike union wage price market bank rate rates inflation energy gas power grid " +
  "storm flood river road rail station airport border troops ceasefire talks deal agreement report " +
  "study researchers university city town village mayor governor president spokesman spokeswoman " +
  "official officials residents families workers farmers drivers teachers students water housing " +
  "plan plans project cost costs million billion week month morning evening government county " +
  "councillors committee inquiry investigation funding service services public local national " +
  "company shares chief executive board meeting members party leader opposition campaign voters " +
  "health care patients waiting staff pay contract talks dispute fire crews emergency weather " +
  "coast beach festival museum library theatre match season club players coach league final " +
  "country counter county council's court's crown cabinet census charity church climate contract"
).split(" ");

const SYLLABLES = (
  "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni " +
  "no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo bar den " +
  "fil gor hal ken lin mor nel par quin ros sal tor vel wen yar zol tran stem ber cor mal"
).split(" ");

const GIVEN = (
  "Amara Ben Carla Dev Elena Farid Grace Hiro Ines Jonas Kemi Liam Maya Nikos Olga Priya Quentin Rosa " +
  "Samir Tara Umar Vera Wes Xavier Yusuf Zoe Aisha Bruno Chloe Dmitri Esther Felix Greta Hassan Ivy " +
  "Jamal Keiko Lars Mei Noor Oscar Paula Rafael Sofia Tomas Ursula Victor Wanda Yara Zane"
).split(" ");

const SURNAMES = (
  "Okafor Lindqvist Moreau Patel Nakamura Reyes Kowalski Brennan Haddad Fischer Adeyemi Costa Novak " +
  "Osei Varga Whitfield Tanaka Delgado Murphy Rossi Petrov Singh Dubois Achterberg Carver Bellamy " +
  "Pritchard Rowe Tanner Okonkwo Carrasco Wrobel Bakare Harlow Fairmont Greaves Ibarra Jensen Kaur " +
  "Lombardi Mensah Nilsson Oduya Quayle Sandoval Thorne Ueda Vance Yilmaz Zielinski"
).split(" ");

const ROLES = [
  "a spokeswoman for the council",
  "the mayor",
  "a union official",
  "the hospital's chief executive",
  "a local resident",
  "the opposition leader",
  "a police spokesman",
  "the finance minister",
];

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The made-up tail: 40,000 word-like strings of two to four syllables. */
function tailWords(count: number): string[] {
  const random = seeded(99);
  const seen = new Set([...FUNCTION_WORDS, ...NEWS_WORDS]);
  const out: string[] = [];
  while (out.length < count) {
    const n = 2 + Math.floor(random() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

const VOCABULARY = [...FUNCTION_WORDS, ...NEWS_WORDS, ...tailWords(40_000)];
/** Cumulative Zipf weights (exponent 1.05), for sampling by binary search. */
const CUMULATIVE = (() => {
  const out = new Float64Array(VOCABULARY.length);
  let total = 0;
  for (let i = 0; i < VOCABULARY.length; i++) out[i] = total += 1 / Math.pow(i + 1, 1.05);
  return out.map((c) => c / total);
})();

function word(random: () => number): string {
  const r = random();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

export function sentence(random: () => number, words = 8 + Math.floor(random() * 14)): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(word(random));
  const text = out.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * The people quoted in one story: a first mention with a role, then the surname. A long
 * story quotes more people (one per 250 words past 2,000), as a long feature or a live
 * report does; that is what the review's name checks grow with.
 */
function speakers(random: () => number, words: number): { full: string; surname: string; role: string }[] {
  const n = 2 + Math.floor(random() * 3) + (words > 2000 ? Math.floor(words / 250) : 0);
  return Array.from({ length: n }, () => {
    const surname = pick(random, SURNAMES);
    return { full: `${pick(random, GIVEN)} ${surname}`, surname, role: pick(random, ROLES) };
  });
}

function quoteParagraph(random: () => number, speaker: ReturnType<typeof speakers>[number], first: boolean) {
  const said = sentence(random).slice(0, -1);
  const attribution = first ? `said ${speaker.full}, ${speaker.role}` : `${speaker.surname} said`;
  return `\u201c${said},\u201d ${attribution}. ${sentence(random)}`;
}

/** Stories are about something: a topic's phrase comes back through the story. */
export const TOPICS = ["water rates", "council budget", "ferry strike", "housing plan", "hospital waiting"];

/**
 * A story of about `words` words in paragraphs of two or three sentences, one in four a
 * quotation; with a topic, its phrase opens a few paragraphs.
 */
export function story(random: () => number, words: number, topic?: string): ArticleBody {
  const people = speakers(random, words);
  const introduced = new Set<number>();
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    let p: string;
    if (random() < 0.25) {
      const who = Math.floor(random() * people.length);
      p = quoteParagraph(random, people[who], !introduced.has(who));
      introduced.add(who);
    } else {
      p = [sentence(random), sentence(random), random() < 0.5 ? sentence(random) : ""].join(" ").trim();
    }
    if (topic && random() < 0.15) p = `The ${topic} ${sentence(random).toLowerCase()} ${p}`;
    count += p.split(" ").length;
    paragraphs.push(p);
  }
  return body(paragraphs.map((p) => paragraph(p)));
}

/** A headline of five to nine words. */
export function headline(random: () => number): string {
  return sentence(random, 5 + Math.floor(random() * 5)).slice(0, -1);
}
