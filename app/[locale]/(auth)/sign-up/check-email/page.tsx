import { pageTitle } from "@/lib/i18n/page-title";
import { messagePage } from "../../_components/message-page";

export const generateMetadata = pageTitle("auth", "checkEmailTitle");

export default messagePage("auth", "checkEmailTitle", "checkEmailText");
