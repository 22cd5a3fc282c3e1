/**
 * People's names in Hindi news whose usual English spelling the gloss would otherwise miss:
 * either the dictionary gives the word a common-noun sense (सिंह "lion", यादव "cowman", दास
 * "slave"), or loanword recovery hears an English word in it (मोदी "muddy", पवार "power",
 * पुतिन "putting"). Facts about spelling, listed by the team.
 */
import { hindiKey } from "@/lib/text/hindi-key";
import { keyedByHindi } from "./lexicon-types";

/** Surnames and names that are names wherever they stand in news copy. */
export const PERSON_NAMES: Record<string, string> = {
  सिंह: "Singh",
  यादव: "Yadav",
  पवार: "Pawar",
  शाह: "Shah",
  मोदी: "Modi",
  अदाणी: "Adani",
  अडानी: "Adani",
  अंबानी: "Ambani",
  राउत: "Raut",
  गुप्ता: "Gupta",
  तिवारी: "Tiwari",
  पांडेय: "Pandey",
  पांडे: "Pande",
  ठाकरे: "Thackeray",
  बनर्जी: "Banerjee",
  चटर्जी: "Chatterjee",
  मुखर्जी: "Mukherjee",
  नायडू: "Naidu",
  रेड्डी: "Reddy",
  केजरीवाल: "Kejriwal",
  कोहली: "Kohli",
  चोपड़ा: "Chopra",
  बुमराह: "Bumrah",
  धोनी: "Dhoni",
  पंड्या: "Pandya",
  अश्विन: "Ashwin",
  रोहित: "Rohit",
  राहुल: "Rahul",
  अली: "Ali",
  गडकरी: "Gadkari",
  फडणवीस: "Fadnavis",
  सीतारमण: "Sitharaman",
  जयशंकर: "Jaishankar",
  वाजपेयी: "Vajpayee",
  आदित्यनाथ: "Adityanath",
  मायावती: "Mayawati",
  प्रियंका: "Priyanka",
  सोनिया: "Sonia",
  पुतिन: "Putin",
  बाइडेन: "Biden",
  बाइडन: "Biden",
  जेलेंस्की: "Zelensky",
  नेतन्याहू: "Netanyahu",
  जिनपिंग: "Xi Jinping",
};

/**
 * Given names that are also ordinary words (अमित "immense", शरद "autumn", विराट "grand"): read
 * as names only right before another name (अमित शाह, शरद पवार, विराट कोहली) or after a title.
 */
export const GIVEN_NAMES_THAT_ARE_WORDS: Record<string, string> = {
  अमित: "Amit",
  शरद: "Sharad",
  विराट: "Virat",
  अरविंद: "Arvind",
  अटल: "Atal",
  तेजस्वी: "Tejashwi",
  हार्दिक: "Hardik",
  ममता: "Mamata",
  योगी: "Yogi",
  अशोक: "Ashok",
  विजय: "Vijay",
  प्रकाश: "Prakash",
  आनंद: "Anand",
  किरण: "Kiran",
  राज: "Raj",
  सूर्य: "Surya",
  उमा: "Uma",
  कमल: "Kamal",
  मनोज: "Manoj",
  शक्तिकांत: "Shaktikanta",
  नीरज: "Neeraj",
  सिंधु: "Sindhu",
  आदित्य: "Aditya",
};

/**
 * Surnames that are also ordinary words (खान "mine", दास "servant"): read as names only right
 * after another name (शाहरुख खान, शक्तिकांत दास), so कोयला खान stays a coal mine.
 */
export const SURNAMES_THAT_ARE_WORDS: Record<string, string> = {
  खान: "Khan",
  दास: "Das",
  गिल: "Gill",
  भाकर: "Bhaker",
};

/** Titles after which a given name is a name (श्री अमित, डॉ. अरविंद). */
export const NAME_TITLES = ["श्री", "श्रीमती", "सुश्री", "डॉ", "डॉ.", "डॉक्टर", "कुमारी"];

const NAMES = keyedByHindi(PERSON_NAMES);
const GIVEN_NAMES = keyedByHindi(GIVEN_NAMES_THAT_ARE_WORDS);
const SURNAMES = keyedByHindi(SURNAMES_THAT_ARE_WORDS);
const TITLES = new Set(NAME_TITLES.map((title) => hindiKey(title)));

/**
 * The English spelling of the word at position when it is a person's name, judged by its
 * neighbours for a given name that is also a word: before a name from either table, before a
 * word the dictionary does not know (अमित मालवीय), or after a title.
 */
export function personNameAt(
  keys: readonly string[],
  position: number,
  isUnknownWord: (key: string) => boolean,
): string | undefined {
  const key = keys[position] ?? "";
  const name = NAMES.get(key);
  if (name !== undefined) return name;
  const before = keys[position - 1];
  const surname = SURNAMES.get(key);
  if (surname !== undefined) {
    return before !== undefined &&
      (NAMES.has(before) ||
        GIVEN_NAMES.has(before) ||
        (isUnknownWord(before) && !/^[0-9]/.test(before)))
      ? surname
      : undefined;
  }
  const given = GIVEN_NAMES.get(key);
  if (given === undefined) return undefined;
  const next = keys[position + 1];
  if (before !== undefined && TITLES.has(before)) return given;
  if (next === undefined) return undefined;
  return NAMES.has(next) || GIVEN_NAMES.has(next) || SURNAMES.has(next) || isUnknownWord(next)
    ? given
    : undefined;
}

/** Whether the word at position stands beside a name, so an unknown word there is one too. */
export function besideName(keys: readonly string[], position: number): boolean {
  const before = keys[position - 1];
  const next = keys[position + 1];
  return (
    (before !== undefined &&
      (NAMES.has(before) || GIVEN_NAMES.has(before) || TITLES.has(before))) ||
    (next !== undefined && (NAMES.has(next) || GIVEN_NAMES.has(next) || SURNAMES.has(next)))
  );
}
