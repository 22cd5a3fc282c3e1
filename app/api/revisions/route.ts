import { getAppServices } from "@/lib/server/app-services";
import { otherMethods } from "@/lib/server/route-methods";
import { createRevisionsHandlers } from "./handler";

export const dynamic = "force-dynamic";

const handlers = createRevisionsHandlers(getAppServices);

// No GET: a paragraph's history is reached through its document (/api/documents/:id/revisions).
export const POST = handlers.POST;

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
