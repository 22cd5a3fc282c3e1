import { z } from "zod";

export const importUrlSchema = z.object({
  url: z.string().trim().min(1, "Give the address of the page to import.").max(4_000),
});
