export const dynamic = "force-dynamic";

const startedAt = Date.now();

export function GET(): Response {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
