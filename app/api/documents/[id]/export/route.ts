import { getAppServices } from "@/lib/server/app-services";
import { createDocumentExportHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createDocumentExportHandler(getAppServices);
