import { detectLanguage } from "@/lib/text/detect-language";

/** Stands for the value while the interface string is made, then marks where it goes. */
const PLACE = "\u{E000}";

/**
 * An interface string with a piece of the article in it ("Imported: <title>", "By <byline>"):
 * the piece gets its own `lang`, told from its script, since the page's `lang` is the
 * interface's and Devanagari gets its font only under lang="hi" (app/globals.css).
 * `template` makes the interface string around the value it is given.
 */
export function TextInItsLanguage({
  template,
  text,
}: {
  template: (value: string) => string;
  text: string;
}) {
  const [before = "", after = ""] = template(PLACE).split(PLACE);
  return (
    <>
      {before}
      <span lang={detectLanguage(text) ?? undefined}>{text}</span>
      {after}
    </>
  );
}
