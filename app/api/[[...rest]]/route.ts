import { unknownRoute } from "@/lib/server/route-methods";

// A path under /api/ that no route owns gets the API's JSON 404, not Next's HTML page. Static
// and dynamic segments win over a catch-all, so every route beside this one still answers.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownRoute();
