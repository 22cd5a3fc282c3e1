import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createReadinessHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createReadinessHandler(getAppServices);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
