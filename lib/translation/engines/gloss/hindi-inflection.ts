/**
 * Just enough Hindi inflection for the English→Hindi gloss: verb forms from a stem (कर →
 * करता, किया, करेगा), noun and adjective forms for number and case, and the agreeing ending of
 * का / -ा possessives. Regular rules plus the few irregular verbs news copy uses all the time.
 */

export type Gender = "m" | "f";

export interface Agreement {
  gender: Gender;
  plural: boolean;
  /** 1 for मैं/हम, 2 for आप, 3 otherwise. */
  person: 1 | 2 | 3;
}

const IRREGULAR_PERFECTIVE = new Map<string, string>([
  ["कर", "किया"],
  ["जा", "गया"],
  ["हो", "हुआ"],
  ["दे", "दिया"],
  ["ले", "लिया"],
  ["पी", "पिया"],
  ["मर", "मरा"],
]);

const VOWEL_SIGN_END = /[\u093E-\u094C]$/;
const INDEPENDENT_VOWEL_END = /[\u0905-\u0914]$/;

function splitStem(stem: string): [string, string] {
  const space = stem.lastIndexOf(" ");
  return space === -1 ? ["", stem] : [stem.slice(0, space + 1), stem.slice(space + 1)];
}

/** Changes the masculine singular -ा ending of a form for gender and number. */
export function agreeEnding(form: string, agreement: Pick<Agreement, "gender" | "plural">): string {
  if (!form.endsWith("ा")) return form;
  const base = form.slice(0, -1);
  if (agreement.gender === "f") return `${base}ी`;
  return agreement.plural ? `${base}े` : form;
}

/** The perfective participle (किया, गया, लिखा) agreeing with gender and number. */
export function perfective(stem: string, agreement: Pick<Agreement, "gender" | "plural">): string {
  const [head, verb] = splitStem(stem);
  let form = IRREGULAR_PERFECTIVE.get(verb);
  if (form === undefined) {
    form = VOWEL_SIGN_END.test(verb) || INDEPENDENT_VOWEL_END.test(verb) ? `${verb}या` : `${verb}ा`;
  }
  // गया → गई, गए; किया → की, किए; आया → आई, आए.
  if (form.endsWith("या")) {
    const base = form.slice(0, -2);
    if (agreement.gender === "f") form = base.endsWith("ि") ? `${base.slice(0, -1)}ी` : `${base}ई`;
    else if (agreement.plural) form = base.endsWith("ि") ? `${base.slice(0, -1)}िए` : `${base}ए`;
  } else if (form === "हुआ") {
    form = agreement.gender === "f" ? "हुई" : agreement.plural ? "हुए" : form;
  } else form = agreeEnding(form, agreement);
  return head + form;
}

/** The imperfective participle (करता, करती, करते). */
export function imperfective(
  stem: string,
  agreement: Pick<Agreement, "gender" | "plural">,
): string {
  return agreeEnding(`${stem}ता`, agreement);
}

/** The future (करेगा, जाएगी, होंगे). */
export function future(stem: string, agreement: Agreement): string {
  const [head, verb] = splitStem(stem);
  let base: string;
  if (verb === "हो" || verb === "दे" || verb === "ले") base = verb;
  else if (VOWEL_SIGN_END.test(verb) || INDEPENDENT_VOWEL_END.test(verb)) base = `${verb}ए`;
  else base = `${verb}े`;
  const ending =
    agreement.person === 1 && !agreement.plural
      ? agreement.gender === "f"
        ? "गी"
        : "गा"
      : agreement.plural
        ? agreement.gender === "f"
          ? "ंगी"
          : "ंगे"
        : agreement.gender === "f"
          ? "गी"
          : "गा";
  return head + base + ending;
}

/** The infinitive (करना) or its oblique form before a postposition (करने). */
export function infinitive(stem: string, oblique = false): string {
  return `${stem}${oblique ? "ने" : "ना"}`;
}

/** होना in the present or past, agreeing with its subject. */
export function copula(tense: "present" | "past" | "future", agreement: Agreement): string {
  if (tense === "future") return future("हो", agreement);
  if (tense === "past") {
    if (agreement.gender === "f") return agreement.plural ? "थीं" : "थी";
    return agreement.plural ? "थे" : "था";
  }
  if (agreement.person === 1 && !agreement.plural) return "हूं";
  return agreement.plural ? "हैं" : "है";
}

// Masculine nouns in -ा that do not change for number or case (kinship terms, Sanskrit loans).
const INVARIANT_MASCULINE = new Set([
  "नेता",
  "राजा",
  "पिता",
  "दादा",
  "चाचा",
  "मामा",
  "देवता",
  "दाता",
  "योद्धा",
  "अभिनेता",
  "विक्रेता",
  "वक्ता",
  "प्रवक्ता",
  "संस्था",
]);

/**
 * A noun (or the last word of a noun phrase) in the given number and case. Direct plural:
 * लड़का → लड़के, किताब → किताबें, नदी → नदियां; oblique: लड़के, लड़कों, किताबों, नदियों.
 */
export function inflectNoun(
  noun: string,
  gender: Gender,
  plural: boolean,
  oblique: boolean,
): string {
  const [head, word] = splitStem(noun);
  if (!/[\u0900-\u097F]$/.test(word)) return noun;
  const invariant = INVARIANT_MASCULINE.has(word);
  let form = word;
  if (gender === "m") {
    if (word.endsWith("ा") && !invariant) {
      const base = word.slice(0, -1);
      form = plural && oblique ? `${base}ों` : `${base}े`;
      if (!plural && !oblique) form = word;
    } else if (plural && oblique) {
      form = word.endsWith("ी")
        ? `${word.slice(0, -1)}ियों`
        : word.endsWith("ू")
          ? `${word.slice(0, -1)}ुओं`
          : `${word}ों`;
    }
  } else if (plural) {
    if (word.endsWith("ी") || word.endsWith("ि")) {
      const base = word.slice(0, -1);
      form = oblique ? `${base}ियों` : `${base}ियां`;
    } else if (word.endsWith("ा")) form = oblique ? `${word}ओं` : `${word}एं`;
    else if (word.endsWith("ू")) form = oblique ? `${word.slice(0, -1)}ुओं` : `${word.slice(0, -1)}ुएं`;
    else form = oblique ? `${word}ों` : `${word}ें`;
  }
  return head + form;
}

/** An adjective agreeing with its noun: only the -ा adjectives change (बड़ा, बड़े, बड़ी). */
export function inflectAdjective(
  adjective: string,
  gender: Gender,
  plural: boolean,
  oblique: boolean,
): string {
  const [head, word] = splitStem(adjective);
  if (!word.endsWith("ा") || word.length < 2) return adjective;
  if (gender === "f") return `${head}${word.slice(0, -1)}ी`;
  return plural || oblique ? `${head}${word.slice(0, -1)}े` : adjective;
}

/** का agreeing with the possessed noun: का, की, के. */
export function genitive(gender: Gender, plural: boolean, oblique: boolean): string {
  if (gender === "f") return "की";
  return plural || oblique ? "के" : "का";
}
