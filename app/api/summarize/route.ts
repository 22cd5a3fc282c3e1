import { getAppServices } from "@/lib/server/app-services";
import { createSummarizeHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createSummarizeHandler(getAppServices);
