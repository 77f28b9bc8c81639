// The unit pages, their quizzes and results. Apart from the (learner) group because one unit is open to
// visitors (lib/progress/open-unit.ts): the header learns who is there from GET /api/me, as on the public
// pages, so this layout stays static and the prerendered unit pages stay prerendered. Every page still
// checks the session itself (proxy.ts for the unit pages, requireUser for the quiz and the result).
export { FullMessagesShellLayout as default } from "@/components/layout/page-shell";
