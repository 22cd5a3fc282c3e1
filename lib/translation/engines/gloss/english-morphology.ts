/**
 * Just enough English inflection for a word-level gloss: the past tense of a verb sense, and
 * the reverse (finding the dictionary form of an inflected English word) for en→hi lookup.
 */

import { ownEntry } from "./lexicon-types";

// Irregular verbs common in news copy: base form and simple past.
const IRREGULAR_PAST: Record<string, string> = {
  be: "was",
  have: "had",
  do: "did",
  go: "went",
  say: "said",
  make: "made",
  take: "took",
  come: "came",
  see: "saw",
  know: "knew",
  get: "got",
  give: "gave",
  find: "found",
  think: "thought",
  tell: "told",
  become: "became",
  leave: "left",
  feel: "felt",
  bring: "brought",
  begin: "began",
  swear: "swore",
  keep: "kept",
  hold: "held",
  write: "wrote",
  stand: "stood",
  hear: "heard",
  let: "let",
  mean: "meant",
  set: "set",
  meet: "met",
  run: "ran",
  pay: "paid",
  sit: "sat",
  speak: "spoke",
  lead: "led",
  read: "read",
  grow: "grew",
  lose: "lost",
  fall: "fell",
  send: "sent",
  build: "built",
  understand: "understood",
  draw: "drew",
  break: "broke",
  spend: "spent",
  cut: "cut",
  spread: "spread",
  cast: "cast",
  broadcast: "broadcast",
  burst: "burst",
  rise: "rose",
  drive: "drove",
  buy: "bought",
  wear: "wore",
  choose: "chose",
  seek: "sought",
  throw: "threw",
  catch: "caught",
  deal: "dealt",
  win: "won",
  forget: "forgot",
  sell: "sold",
  fight: "fought",
  teach: "taught",
  eat: "ate",
  sing: "sang",
  fly: "flew",
  hit: "hit",
  put: "put",
  shut: "shut",
  sleep: "slept",
  strike: "struck",
  hang: "hung",
  shoot: "shot",
  feed: "fed",
  bear: "bore",
  beat: "beat",
  bind: "bound",
  bite: "bit",
  blow: "blew",
  freeze: "froze",
  hide: "hid",
  light: "lit",
  ride: "rode",
  ring: "rang",
  shake: "shook",
  shine: "shone",
  sink: "sank",
  steal: "stole",
  stick: "stuck",
  swim: "swam",
  tear: "tore",
  wake: "woke",
  weep: "wept",
  lend: "lent",
  lay: "laid",
  forgive: "forgave",
  arise: "arose",
  overcome: "overcame",
  undertake: "undertook",
};

const PAST_TO_BASE: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PAST).map(([base, past]) => [past, base]),
);

// Verbs stressed on a final short syllable double its consonant too (permitted, referred).
const STRESSED_FINAL =
  /(?:(?:per|com|sub|ad|o|e|trans)mit|(?:re|pre|trans|con|de|in)fer|cur|pel|gret|trol|quip|begin|forget|upset)$/;

const PAST_FORMS = new Set([...Object.values(IRREGULAR_PAST)]);

/** A dictionary sense already in the past ("held", "seen", "appointed") is not inflected again. */
function isPastForm(verb: string): boolean {
  return (
    PAST_FORMS.has(verb) || PARTICIPLE_FORMS.has(verb) || (verb.length > 4 && verb.endsWith("ed"))
  );
}

/** Simple past of an English verb phrase; only the first word is inflected ("take care" → "took care"). */
export function pastTense(phrase: string): string {
  const [verb = "", ...rest] = phrase.split(" ");
  let past: string;
  const irregular = ownEntry(IRREGULAR_PAST, verb);
  if (irregular !== undefined) past = irregular;
  else if (isPastForm(verb)) past = verb;
  else if (verb.endsWith("e")) past = `${verb}d`;
  else if (/[^aeiou]y$/.test(verb)) past = `${verb.slice(0, -1)}ied`;
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) || STRESSED_FINAL.test(verb))
    past = `${verb}${verb.at(-1)}ed`;
  else past = `${verb}ed`;
  return [past, ...rest].join(" ");
}

/**
 * Candidate dictionary forms of an inflected English word, most likely first. The caller keeps
 * the first candidate its dictionary knows.
 */
export function englishBaseForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = [lower];
  // Prototype-safe: "constructor" must not find Object.prototype's member in these tables.
  const irregular =
    ownEntry(PAST_TO_BASE, lower) ??
    ownEntry(PARTICIPLE_TO_BASE, lower) ??
    ownEntry(SINGULARS, lower);
  if (irregular !== undefined) forms.push(irregular);
  if (lower.endsWith("ies")) forms.push(`${lower.slice(0, -3)}y`);
  // "routes" is route + s, not rout + es: -es is an ending only after a sibilant or -o.
  if (/(?:s|x|z|ch|sh|o)es$/.test(lower)) forms.push(lower.slice(0, -2));
  if (lower.endsWith("s") && !lower.endsWith("ss")) forms.push(lower.slice(0, -1));
  if (lower.endsWith("es")) forms.push(lower.slice(0, -2));
  if (lower.endsWith("ied")) forms.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("ed")) forms.push(...stemCandidates(lower.slice(0, -2)));
  if (lower.endsWith("ing")) forms.push(...stemCandidates(lower.slice(0, -3)));
  if (lower.endsWith("ly")) forms.push(lower.slice(0, -2));
  return [...new Set(forms.filter((form) => form.length > 1))];
}

/**
 * Dictionary forms of a stem left by removing -ed or -ing: a doubled final consonant is undone
 * (planned → plan), and a silent -e restored first where the stem looks like it lost one
 * (used → use, charging → charge), otherwise tried after the bare stem (walked → walk).
 */
function stemCandidates(stem: string): string[] {
  if (/([bdgklmnprtz])\1$/.test(stem)) return [stem.slice(0, -1), stem];
  const lostE = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$|[cg]$|[^aeiou][lr]$|[aeiou][sv]$|u$/.test(stem);
  return lostE ? [`${stem}e`, stem] : [stem, `${stem}e`];
}

const NO_DOUBLING = /(?:[aeiou]{2}|w|x|y)$/;

/** Present participle of the first word of a verb phrase ("make progress" → "making progress"). */
export function presentParticiple(phrase: string): string {
  const [verb = "", ...rest] = phrase.split(" ");
  let participle: string;
  if (verb === "be") participle = "being";
  else if (/ie$/.test(verb)) participle = `${verb.slice(0, -2)}ying`;
  else if (/[^e]e$/.test(verb)) participle = `${verb.slice(0, -1)}ing`;
  else if (
    (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb) && !NO_DOUBLING.test(verb)) ||
    STRESSED_FINAL.test(verb)
  )
    participle = `${verb}${verb.at(-1)}ing`;
  else participle = `${verb}ing`;
  return [participle, ...rest].join(" ");
}

// Irregular past participles that differ from the simple past.
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  be: "been",
  do: "done",
  go: "gone",
  see: "seen",
  take: "taken",
  give: "given",
  know: "known",
  write: "written",
  speak: "spoken",
  break: "broken",
  choose: "chosen",
  drive: "driven",
  eat: "eaten",
  fall: "fallen",
  fly: "flown",
  forget: "forgotten",
  grow: "grown",
  hide: "hidden",
  ride: "ridden",
  rise: "risen",
  shake: "shaken",
  steal: "stolen",
  throw: "thrown",
  wake: "woken",
  wear: "worn",
  swear: "sworn",
  begin: "begun",
  come: "come",
  become: "become",
  run: "run",
  sing: "sung",
  swim: "swum",
  show: "shown",
  draw: "drawn",
  tear: "torn",
  bear: "borne",
  bite: "bitten",
  blow: "blown",
  freeze: "frozen",
};
const PARTICIPLE_FORMS = new Set(Object.values(IRREGULAR_PARTICIPLES));

const PARTICIPLE_TO_BASE: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PARTICIPLES).map(([base, participle]) => [participle, base]),
);

/** Past participle of the first word of a verb phrase ("take part" → "taken part"). */
export function pastParticiple(phrase: string): string {
  const [verb = "", ...rest] = phrase.split(" ");
  const participle =
    ownEntry(IRREGULAR_PARTICIPLES, verb) ?? (PARTICIPLE_FORMS.has(verb) ? verb : pastTense(verb));
  return [participle, ...rest].join(" ");
}

const IRREGULAR_PLURALS: Record<string, string> = {
  man: "men",
  woman: "women",
  child: "children",
  person: "people",
  foot: "feet",
  tooth: "teeth",
  mouse: "mice",
  people: "people",
  police: "police",
  sheep: "sheep",
  fish: "fish",
  news: "news",
  information: "information",
  equipment: "equipment",
  money: "money",
  water: "water",
  rice: "rice",
};

const SINGULARS: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS)
    .filter(([singular, plural]) => singular !== plural)
    .map(([singular, plural]) => [plural, singular]),
);

/** The base of an irregular past or past participle ("found" → find), if the word is one. */
export function irregularVerbBase(word: string): string | undefined {
  const base = ownEntry(PAST_TO_BASE, word) ?? ownEntry(PARTICIPLE_TO_BASE, word);
  return base === word ? undefined : base;
}

/** Whether an English noun form is plural: an -s form of a known singular, or an irregular plural. */
export function isPluralForm(word: string, base: string): boolean {
  if (word === base) return ownEntry(SINGULARS, word) !== undefined || word === "people";
  return ownEntry(SINGULARS, word) === base || (word.endsWith("s") && !word.endsWith("ss"));
}

/** Plural of the last word of a noun phrase ("bus stop" → "bus stops"). */
export function plural(phrase: string): string {
  const words = phrase.split(" ");
  const noun = words.at(-1) ?? "";
  let form: string;
  const irregular = ownEntry(IRREGULAR_PLURALS, noun);
  if (irregular !== undefined) form = irregular;
  else if (/[^aeiou]y$/.test(noun)) form = `${noun.slice(0, -1)}ies`;
  // A consonant before a final s is already a plural (goods, arms, news); bus and gas are not.
  else if (/[^aeiosu]s$/.test(noun)) form = noun;
  else if (/(s|x|z|ch|sh)$/.test(noun)) form = `${noun}es`;
  else if (/[A-Z]/.test(noun) || noun.endsWith("ing")) form = noun;
  else form = `${noun}s`;
  return [...words.slice(0, -1), form].join(" ");
}

/** Third-person present of the first word of a verb phrase ("go home" → "goes home"). */
export function thirdPerson(phrase: string): string {
  const [verb = "", ...rest] = phrase.split(" ");
  let form: string;
  if (verb === "be") form = "is";
  else if (verb === "have") form = "has";
  else if (/[^aeiou]y$/.test(verb)) form = `${verb.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh|o)$/.test(verb)) form = `${verb}es`;
  else form = `${verb}s`;
  return [form, ...rest].join(" ");
}

/** The -ly adverb of an English adjective (serious → seriously, possible → possibly, basic → basically). */
export function adverb(adjective: string): string {
  if (/ly$/.test(adjective)) return adjective;
  if (/ic$/.test(adjective)) return `${adjective}ally`;
  if (/[^aeiou]le$/.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (/ue$/.test(adjective)) return `${adjective.slice(0, -1)}ly`;
  return `${adjective}ly`;
}

const UNGRADED = new Set(["first", "last", "only", "next", "top", "main", "same", "latest", "own"]);

const IRREGULAR_SUPERLATIVES: Record<string, string> = {
  good: "best",
  better: "best",
  worse: "worst",
  well: "best",
  bad: "worst",
  much: "most",
  many: "most",
  more: "most",
  little: "least",
  less: "least",
  far: "farthest",
};

/**
 * The superlative of an English adjective: -est on a word of one syllable (big → biggest, large
 * → largest) or of two ending in -y (early → earliest), "most" before a longer one (most
 * important), the irregular ones by name (good → best).
 */
export function superlative(adjective: string): string {
  // Words that rank by themselves (the first, the only, the top) take no ending.
  if (UNGRADED.has(adjective)) return adjective;
  const irregular = ownEntry(IRREGULAR_SUPERLATIVES, adjective);
  if (irregular !== undefined) return irregular;
  // Vowel groups, not counting a silent final e (large, safe).
  const syllables = adjective.replace(/e$/, "").match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 2 && /[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}iest`;
  if (syllables > 1 || !/^[a-z]+$/.test(adjective)) return `most ${adjective}`;
  if (adjective.endsWith("e")) return `${adjective}st`;
  // One short vowel between consonants doubles the last one (big → biggest, hot → hottest).
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(adjective))
    return `${adjective}${adjective.at(-1) ?? ""}est`;
  return `${adjective}est`;
}
