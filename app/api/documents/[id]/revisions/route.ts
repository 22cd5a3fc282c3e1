import { getAppServices } from "@/lib/server/app-services";
import { createDocumentRevisionsHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentRevisionsHandler(getAppServices);
