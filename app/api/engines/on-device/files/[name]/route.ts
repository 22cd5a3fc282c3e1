import { getEnv } from "@/lib/env";
import { createModelFileHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createModelFileHandler(getEnv);
