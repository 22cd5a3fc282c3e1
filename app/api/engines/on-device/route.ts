import { getEnv } from "@/lib/env";
import { otherMethods } from "@/lib/server/route-methods";
import { createOnDeviceManifestHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createOnDeviceManifestHandler(getEnv);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
