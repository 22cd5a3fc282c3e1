import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createDeleteDocumentHandler, createDocumentHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentHandler(getAppServices);
export const DELETE = createDeleteDocumentHandler(getAppServices);

export const { POST, PUT, PATCH, OPTIONS } = otherMethods(["GET", "DELETE"]);
