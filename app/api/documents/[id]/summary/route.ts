import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createDocumentSummaryHandler } from "./handler";

export const dynamic = "force-dynamic";

export const PUT = createDocumentSummaryHandler(getAppServices);

export const { GET, POST, PATCH, DELETE, OPTIONS } = otherMethods(["PUT"]);
