import { getAppServices } from "@/lib/server/app-services";
import { createRevisionsHandlers } from "./handler";

export const dynamic = "force-dynamic";

const handlers = createRevisionsHandlers(getAppServices);

export const POST = handlers.POST;
export const GET = handlers.GET;
