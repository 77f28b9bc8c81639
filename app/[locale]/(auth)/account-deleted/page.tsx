import { pageTitle } from "@/lib/i18n/page-title";
import { ClearQuizDrafts } from "@/components/quiz/clear-draft";
import { messagePage } from "../_components/message-page";

export const generateMetadata = pageTitle("privacy", "deletedTitle");

// Unsent quiz answers kept in this browser go with the account.
export default messagePage("privacy", "deletedTitle", "deletedText", <ClearQuizDrafts />);
