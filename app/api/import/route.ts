import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createImportHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createImportHandler(getTranslationRuntime);
