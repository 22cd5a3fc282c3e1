import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createHealthHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createHealthHandler(getTranslationRuntime);
