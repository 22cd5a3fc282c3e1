import { getAppServices } from "@/lib/server/app-services";
import { createDeleteDocumentHandler, createDocumentHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentHandler(getAppServices);
export const DELETE = createDeleteDocumentHandler(getAppServices);
