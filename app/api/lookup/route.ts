import { getAppServices } from "@/lib/server/app-services";
import { createLookupHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createLookupHandler(getAppServices);
