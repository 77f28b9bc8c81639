import { refuseBodyMethods } from "@/lib/request-body";
import { getMeResponse } from "@/lib/progress/me";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request) {
  return getMeResponse(request);
}
