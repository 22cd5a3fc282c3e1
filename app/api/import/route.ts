import { getAppServices } from "@/lib/server/app-services";
import { createImportHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createImportHandler(getAppServices);
