import { z } from "zod";

export const exportQuerySchema = z.object({
  format: z.enum(["markdown", "html", "text"], {
    message: "format must be markdown, html or text.",
  }),
  /** For plain text: the original or the rendering. */
  side: z.enum(["source", "target"]).default("target"),
  /** The reader's interface language, for labels and dates; else the cookie or Accept-Language. */
  lang: z.enum(["en", "hi"], { message: "lang must be en or hi." }).optional(),
  /** The reader's time zone (an IANA name), for dates; UTC when absent or unknown. */
  tz: z.string().max(64).optional(),
  /** The reader's romanised line, when on: Hindi text is followed by its romanisation. */
  romanization: z
    .enum(["hinglish", "iso15919"], { message: "romanization must be hinglish or iso15919." })
    .optional(),
});
