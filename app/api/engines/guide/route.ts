import { createEngineGuideHandler } from "./handler";

export const dynamic = "force-dynamic";

export const GET = createEngineGuideHandler();
