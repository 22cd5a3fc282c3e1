import { getEnv } from "@/lib/env";
import { createOnDeviceManifestHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createOnDeviceManifestHandler(getEnv);
