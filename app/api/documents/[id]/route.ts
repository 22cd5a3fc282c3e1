import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createDocumentHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentHandler(getTranslationRuntime);
