import { getAppServices } from "@/lib/server/app-services";
import { installDirectRoute } from "@/lib/server/direct-route";
import { otherMethods } from "@/lib/server/route-methods";
import { createTranslateHandler } from "./handler";

export const dynamic = "force-dynamic";

export const POST = createTranslateHandler(getAppServices);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);

// server.mjs answers POST /api/translate with this same handler once Next has loaded it, without
// Next's request handling in between (see lib/server/direct-route.ts).
installDirectRoute(POST);
