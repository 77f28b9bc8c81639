import { getDataExportResponse } from "@/lib/privacy/export-response";

export const dynamic = "force-dynamic";

export async function GET() {
  return getDataExportResponse();
}
