import { z } from "zod";

export const exportQuerySchema = z.object({
  format: z.enum(["markdown", "html", "text"], {
    message: "format must be markdown, html or text.",
  }),
  /** For plain text: the original or the rendering. */
  side: z.enum(["source", "target"]).default("target"),
});
