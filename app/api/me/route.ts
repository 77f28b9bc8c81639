import { getMeResponse } from "@/lib/progress/me";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return getMeResponse(request);
}
