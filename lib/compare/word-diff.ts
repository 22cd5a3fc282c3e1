/*
 * Word-level differences between two renderings of one paragraph, for showing them side by
 * side. Words are compared by a longest common subsequence, ignoring case and the punctuation
 * stuck to them; the spaces between words are kept, so each side reads as written.
 */

export interface DiffPart {
  text: string;
  /** True when this word has no counterpart in the other rendering. */
  changed: boolean;
}

// A word with its trailing spaces; leading spaces form a part of their own.
const TOKEN = /\s+|[^\s]+\s*/gu;
const comparable = (word: string) =>
  word
    .trim()
    .toLocaleLowerCase()
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");

/** Longest paragraphs compared word by word; beyond this, both sides are shown unmarked. */
const MAX_WORDS = 3_000;

/** Splits `a` and `b` into parts, marking the words only one of them has. */
export function diffWords(a: string, b: string): { a: DiffPart[]; b: DiffPart[] } {
  const left = a.match(TOKEN) ?? [];
  const right = b.match(TOKEN) ?? [];
  if (left.length > MAX_WORDS || right.length > MAX_WORDS)
    return { a: [{ text: a, changed: false }], b: [{ text: b, changed: false }] };
  const keyA = left.map(comparable);
  const keyB = right.map(comparable);
  // lengths[i][j]: the longest common subsequence of left[i..] and right[j..].
  const lengths = Array.from({ length: left.length + 1 }, () =>
    new Array<number>(right.length + 1).fill(0),
  );
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      row[j] =
        keyA[i] === keyB[j]
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const partsA: DiffPart[] = [];
  const partsB: DiffPart[] = [];
  const push = (parts: DiffPart[], text: string, changed: boolean) => {
    // Spaces alone never count as a difference.
    const marked = changed && text.trim() !== "";
    const last = parts.at(-1);
    if (last && last.changed === marked) last.text += text;
    else parts.push({ text, changed: marked });
  };
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (keyA[i] === keyB[j]) {
      push(partsA, left[i] ?? "", false);
      push(partsB, right[j] ?? "", false);
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      push(partsA, left[i] ?? "", true);
      i += 1;
    } else {
      push(partsB, right[j] ?? "", true);
      j += 1;
    }
  }
  for (; i < left.length; i += 1) push(partsA, left[i] ?? "", true);
  for (; j < right.length; j += 1) push(partsB, right[j] ?? "", true);
  return { a: partsA, b: partsB };
}
