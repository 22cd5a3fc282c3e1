import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createSummarizeHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createSummarizeHandler(getAppServices);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
