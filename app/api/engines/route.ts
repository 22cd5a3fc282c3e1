import { getAppServices } from "@/lib/server/app-services";
import { createEnginesHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createEnginesHandler(getAppServices);
