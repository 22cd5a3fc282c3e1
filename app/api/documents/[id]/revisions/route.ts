import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createDocumentRevisionsHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentRevisionsHandler(getAppServices);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
