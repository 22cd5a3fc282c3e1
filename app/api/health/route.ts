import { getAppServices } from "@/lib/server/app-services";
import { createHealthHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createHealthHandler(getAppServices);
