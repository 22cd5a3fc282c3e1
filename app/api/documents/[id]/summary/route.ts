import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createDocumentSummaryHandler } from "./handler";

export const dynamic = "force-dynamic";

export const PUT = createDocumentSummaryHandler(getTranslationRuntime);
