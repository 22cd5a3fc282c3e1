import { getEnv } from "@/lib/env";
import { otherMethods } from "@/lib/server/route-methods";
import { createModelFileHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createModelFileHandler(getEnv);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
