import { refuseBodyMethods } from "@/lib/request-body";
import { getTeamReportResponse } from "@/lib/organisations/report-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request, { params }: { params: Promise<{ organisationId: string }> }) {
  return getTeamReportResponse(request, (await params).organisationId);
}
