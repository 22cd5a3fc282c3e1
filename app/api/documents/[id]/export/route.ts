import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createDocumentExportHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentExportHandler(getTranslationRuntime);
