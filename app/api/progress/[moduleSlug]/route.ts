import { getModuleProgressResponse } from "@/lib/progress/module-progress";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ moduleSlug: string }> }) {
  return getModuleProgressResponse((await params).moduleSlug);
}
