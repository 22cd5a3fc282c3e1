import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createEnginesHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createEnginesHandler(getAppServices);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
