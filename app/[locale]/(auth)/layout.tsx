export { FullMessagesShellLayout as default } from "@/components/layout/page-shell";
