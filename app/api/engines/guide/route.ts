import { otherMethods } from "@/lib/server/route-methods";
import { createEngineGuideHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createEngineGuideHandler();

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
