export { VisitorShellLayout as default } from "@/components/layout/page-shell";
