import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createTranslateHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createTranslateHandler(getTranslationRuntime);
