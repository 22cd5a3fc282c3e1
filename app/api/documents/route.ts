import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createDocumentsHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createDocumentsHandler(getTranslationRuntime);
