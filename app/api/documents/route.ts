import { getAppServices } from "@/lib/server/app-services";
import { createDocumentsHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createDocumentsHandler(getAppServices);
