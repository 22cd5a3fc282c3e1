import type {
  EngineAvailability,
  EngineDescription,
  LanguageCode,
  SentenceAlignment,
} from "@/lib/translation/engine-spec";

/** One paragraph as the translate API returns it. */
export interface ApiParagraph {
  index: number;
  source: string;
  translation: string | null;
  engine: string;
  cached: boolean;
  /** Produced by the fallback engine because the requested engine failed. */
  fallback?: boolean;
  sentences: SentenceAlignment[];
  error?: { code: string; message: string };
}

export interface ApiEngine extends EngineDescription, EngineAvailability {}

export interface ApiEngines {
  default: string;
  engines: ApiEngine[];
}

export interface ApiSummaryBullet {
  source: string;
  translation: string | null;
  paragraphs: number[];
  sentences: { paragraph: number; start: number; end: number }[];
  engine: string;
  error?: { code: string; message: string };
}

export interface ApiSummary {
  method: "extractive" | "llm";
  source: LanguageCode;
  target: LanguageCode;
  bullets: ApiSummaryBullet[];
}

/** An error answer from the API, or a network failure (status 0). */
export class ApiRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}
