import { getAppServices } from "@/lib/server/app-services";
import { createDocumentHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentHandler(getAppServices);
