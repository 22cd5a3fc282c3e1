import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createEnginesHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createEnginesHandler(getTranslationRuntime);
