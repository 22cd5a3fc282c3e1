import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createSummarizeHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createSummarizeHandler(getTranslationRuntime);
