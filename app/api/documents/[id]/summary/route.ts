import { getAppServices } from "@/lib/server/app-services";
import { createDocumentSummaryHandler } from "./handler";

export const dynamic = "force-dynamic";

export const PUT = createDocumentSummaryHandler(getAppServices);
