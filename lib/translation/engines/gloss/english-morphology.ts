/**
 * Just enough English inflection for a word-level gloss: the past tense of a verb sense, and
 * the reverse (finding the dictionary form of an inflected English word) for en→hi lookup.
 */

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

/** Simple past of an English verb phrase; only the first word is inflected ("take care" → "took care"). */
export function pastTense(phrase: string): string {
  const [verb = "", ...rest] = phrase.split(" ");
  let past: string;
  if (IRREGULAR_PAST[verb] !== undefined) past = IRREGULAR_PAST[verb] ?? verb;
  else if (verb.endsWith("e")) past = `${verb}d`;
  else if (/[^aeiou]y$/.test(verb)) past = `${verb.slice(0, -1)}ied`;
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) past = `${verb}${verb.at(-1)}ed`;
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
  if (PAST_TO_BASE[lower] !== undefined) forms.push(PAST_TO_BASE[lower] ?? lower);
  if (lower.endsWith("ies")) forms.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) forms.push(lower.slice(0, -2));
  if (lower.endsWith("s") && !lower.endsWith("ss")) forms.push(lower.slice(0, -1));
  if (lower.endsWith("ied")) forms.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("ed")) forms.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3));
  if (lower.endsWith("ing"))
    forms.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`, lower.slice(0, -4));
  if (lower.endsWith("ly")) forms.push(lower.slice(0, -2));
  return [...new Set(forms.filter((form) => form.length > 1))];
}
