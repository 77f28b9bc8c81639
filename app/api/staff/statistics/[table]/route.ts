import { refuseBodyMethods } from "@/lib/request-body";
import { getStatisticsCsvResponse } from "@/lib/statistics/csv-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  return getStatisticsCsvResponse(request, (await params).table);
}
