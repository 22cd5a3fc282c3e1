/**
 * English slurs and vulgar words the gloss must never produce by accident. Two of its guesses
 * can land on one where the Hindi says nothing of the kind: loanword recovery matches an
 * unknown word's sounds against English pronunciations (फोगाट, a common surname, sounds close
 * to a homophobic slur; निगार, a given name, to a racial one), and a run of ordinary words can
 * join into a dictionary phrase whose only sense is a slur (काला आदमी, "black man"). A Hindi
 * word that is itself vulgar still gets its dictionary sense: that is a translation, not an
 * accident.
 */
const OFFENSIVE = new Set([
  // Slurs against a people, a faith, a sexuality or a disability.
  "chink",
  "coon",
  "dago",
  "darkie",
  "dyke",
  "fag",
  "faggot",
  "faggots",
  "fags",
  "gook",
  "homo",
  "jap",
  "kike",
  "kraut",
  "negro",
  "negroes",
  "nigga",
  "nigger",
  "niggers",
  "nigra",
  "paki",
  "raghead",
  "retard",
  "retarded",
  "spastic",
  "spaz",
  "spic",
  "tranny",
  "wetback",
  "wop",
  // Vulgar words for people and bodies, and swearing.
  "arse",
  "arsehole",
  "asshole",
  "bastard",
  "bitch",
  "bitches",
  "bollocks",
  "bullshit",
  "cock",
  "cum",
  "cunt",
  "dick",
  "dildo",
  "fuck",
  "fucker",
  "fucking",
  "jizz",
  "motherfucker",
  "prick",
  "pussy",
  "shit",
  "slut",
  "tits",
  "twat",
  "wank",
  "wanker",
  "whore",
]);

/** Whether any word of an English rendering (one word or a short phrase) is in the list. */
export function isOffensiveEnglish(text: string): boolean {
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    if (OFFENSIVE.has(word)) return true;
  }
  return false;
}

/**
 * The first of a dictionary entry's senses ("a|b|c", best first) that is not offensive, or the
 * first sense when every one is: then the Hindi word itself means it.
 */
export function firstInoffensiveSense(senses: string): string {
  const all = senses.split("|");
  return all.find((sense) => !isOffensiveEnglish(sense)) ?? all[0] ?? senses;
}
