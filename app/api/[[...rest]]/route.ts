import { unknownRoute } from "@/lib/server/route-methods";

// /api itself and any path under it that no route owns get the API's JSON 404, not Next's HTML
// page. Static and dynamic segments win over a catch-all, so every route beside this one still
// answers.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownRoute();
