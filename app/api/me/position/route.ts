import { postPositionResponse } from "@/lib/progress/me";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return postPositionResponse(request);
}
