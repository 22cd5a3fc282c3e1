import type { ApiWordLookup } from "@/lib/api/wire-types";
import { ApiRequestError } from "./request-error";

// Answers already fetched in this page: a reader looks the same words up again and again, and
// the second popover must open without waiting for the network.
const answers = new Map<string, ApiWordLookup>();
const MAX_ANSWERS = 500;

/** Asks the server about one word (GET /api/lookup). Rejects with ApiRequestError. */
export async function fetchWordLookup(
  word: string,
  language: "hi" | "en",
  signal?: AbortSignal,
): Promise<ApiWordLookup> {
  const key = `${language}\u0000${word}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const query = new URLSearchParams({ word, language });
  let response: Response;
  try {
    response = await fetch(`/api/lookup?${query.toString()}`, { signal: signal ?? null });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiRequestError("network", "The server could not be reached.", 0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string };
    };
    throw new ApiRequestError(
      body.error?.code ?? "http_error",
      body.error?.message ?? `The server answered ${response.status}.`,
      response.status,
    );
  }
  // The schema (and zod with it) loads with the first answer, not with the reader's page.
  const { lookupResponseSchema } = await import("@/app/api/lookup/schema");
  const parsed = lookupResponseSchema.safeParse(await response.json());
  if (!parsed.success)
    throw new ApiRequestError("invalid_response", "The lookup answer was not understood.", 0);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, parsed.data);
  return parsed.data;
}
