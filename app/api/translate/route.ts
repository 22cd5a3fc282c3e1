import { getAppServices } from "@/lib/server/app-services";
import { createTranslateHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createTranslateHandler(getAppServices);
