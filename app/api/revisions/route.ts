import { getTranslationRuntime } from "@/lib/server/translation-runtime";
import { createRevisionsHandlers } from "./handler";

export const dynamic = "force-dynamic";

const handlers = createRevisionsHandlers(getTranslationRuntime);

export const POST = handlers.POST;
export const GET = handlers.GET;
