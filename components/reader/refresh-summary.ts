import type { ApiParagraph, ApiSummary } from "@/lib/api/wire-types";

/**
 * Rewrites the translation of every bullet that cites one of `changed` paragraphs from that
 * paragraph's current translation, so a correction or a revert shows in the summary at once.
 * A bullet quotes a sentence of the source; its translation is the target text of the aligned
 * sentences that overlap it, or the whole translation when the bullet is the whole paragraph
 * or no alignment covers it. Bullets citing other paragraphs are returned unchanged.
 */
export function refreshSummary(
  summary: ApiSummary,
  changed: ReadonlySet<number>,
  paragraphs: readonly (ApiParagraph | undefined)[],
): ApiSummary {
  let touched = false;
  const bullets = summary.bullets.map((bullet) => {
    const index = bullet.paragraphs[0];
    if (index === undefined || !changed.has(index)) return bullet;
    const paragraph = paragraphs[index];
    if (!paragraph || typeof paragraph.translation !== "string") return bullet;
    const translation = paragraph.translation;
    const cited = bullet.sentences.find((sentence) => sentence.paragraph === index);
    let text = translation;
    if (cited && !(cited.start === 0 && cited.end >= paragraph.source.length)) {
      const parts = paragraph.sentences
        .filter((alignment) => alignment.source[0] < cited.end && alignment.source[1] > cited.start)
        .map((alignment) => translation.slice(alignment.target[0], alignment.target[1]).trim())
        .filter((part) => part !== "");
      if (parts.length > 0) text = parts.join(" ");
    }
    touched = true;
    return { ...bullet, translation: text, engine: "provided" };
  });
  return touched ? { ...summary, bullets } : summary;
}
