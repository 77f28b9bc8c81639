import { refuseBodyMethods } from "@/lib/request-body";
import { getChecklistPdfResponse } from "@/lib/checklists/pdf-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request, { params }: { params: Promise<{ checklistId: string }> }) {
  return getChecklistPdfResponse((await params).checklistId, new URL(request.url).searchParams.get("locale"));
}
