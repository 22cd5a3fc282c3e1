/** A bullet in both languages, as the reader holds it. */
export interface BilingualBullet {
  source: string;
  translation: string | null;
}

export type SummaryCopyFormat = "plain" | "markdown" | "both";

/**
 * Formats summary bullets for the clipboard.
 * - plain: "• " bullets in the reading language;
 * - markdown: a "## title" heading and a "- " list;
 * - both: each bullet in the reading language with the other language indented under it.
 * A bullet whose translation failed falls back to its source text rather than vanishing.
 */
export function formatSummary(
  bullets: readonly BilingualBullet[],
  options: { format: SummaryCopyFormat; readTranslation: boolean; title?: string },
): string {
  const reading = (bullet: BilingualBullet) =>
    options.readTranslation ? (bullet.translation ?? bullet.source) : bullet.source;
  const other = (bullet: BilingualBullet) =>
    options.readTranslation ? bullet.source : (bullet.translation ?? "");
  switch (options.format) {
    case "plain":
      return bullets.map((bullet) => `• ${reading(bullet)}`).join("\n");
    case "markdown": {
      const list = bullets.map((bullet) => `- ${reading(bullet)}`).join("\n");
      return options.title ? `## ${options.title}\n\n${list}` : list;
    }
    case "both":
      return bullets
        .map((bullet) => {
          const second = other(bullet);
          return second === "" ? `• ${reading(bullet)}` : `• ${reading(bullet)}\n  ${second}`;
        })
        .join("\n");
  }
}
