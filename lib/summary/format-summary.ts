import { safeLinkTarget } from "@/lib/documents/safe-link";

/** A bullet in both languages, as the reader holds it. */
export interface BilingualBullet {
  source: string;
  translation: string | null;
}

export type SummaryCopyFormat = "plain" | "markdown" | "both";

export interface SummaryCopyOptions {
  format: SummaryCopyFormat;
  readTranslation: boolean;
  /** The article's title in the reading language. */
  title?: string;
  /** The document's permanent link, once it has one. */
  permalink?: string | null;
  /** One line on how the text was translated ("Machine translation by …", "Rough offline draft …"). */
  note?: string;
}

/**
 * Formats summary bullets for the clipboard. Every format carries the title first and, after the
 * bullets, the permanent link and the note on how the translation was made, so a pasted summary
 * says what it summarises, where to read it and that a machine wrote it.
 * - plain: "• " bullets in the reading language;
 * - markdown: a "## title" heading, a "- " list, the link as an autolink, the note in italics;
 * - both: each bullet in the reading language with the other language indented under it.
 * A bullet whose translation failed falls back to its source text rather than vanishing. A
 * bullet that reads the same as the title (the headline, picked as a key sentence) is not
 * repeated under it. The link is written only if it is an http(s) address.
 */
export function formatSummary(
  bullets: readonly BilingualBullet[],
  options: SummaryCopyOptions,
): string {
  const reading = (bullet: BilingualBullet) =>
    options.readTranslation ? (bullet.translation ?? bullet.source) : bullet.source;
  const other = (bullet: BilingualBullet) =>
    options.readTranslation ? bullet.source : (bullet.translation ?? "");
  const link = safeLinkTarget(options.permalink);
  const note = options.note?.trim() || null;
  const title = options.title?.trim() || null;
  const listed = bullets.filter((bullet) => title === null || reading(bullet).trim() !== title);
  const blocks: string[] = [];
  switch (options.format) {
    case "plain":
      if (title) blocks.push(title);
      blocks.push(listed.map((bullet) => `• ${reading(bullet)}`).join("\n"));
      break;
    case "markdown":
      if (title) blocks.push(`## ${title}`);
      blocks.push(listed.map((bullet) => `- ${reading(bullet)}`).join("\n"));
      break;
    case "both":
      if (title) blocks.push(title);
      blocks.push(
        listed
          .map((bullet) => {
            const second = other(bullet);
            return second === "" ? `• ${reading(bullet)}` : `• ${reading(bullet)}\n  ${second}`;
          })
          .join("\n"),
      );
      break;
  }
  const footer =
    options.format === "markdown"
      ? [link ? `<${link}>` : null, note ? `*${note.replace(/[*_\\]/g, "\\$&")}*` : null]
      : [link, note];
  const footerLines = footer.filter((line): line is string => line !== null);
  // Markdown needs a blank line between the link and the note to keep them on separate lines.
  if (footerLines.length > 0)
    blocks.push(footerLines.join(options.format === "markdown" ? "\n\n" : "\n"));
  // Every bullet may have been the title: no empty block is left for it.
  return blocks.filter((block) => block !== "").join("\n\n");
}
