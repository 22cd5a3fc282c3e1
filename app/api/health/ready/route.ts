import { getAppServices } from "@/lib/server/app-services";
import { createReadinessHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createReadinessHandler(getAppServices);
