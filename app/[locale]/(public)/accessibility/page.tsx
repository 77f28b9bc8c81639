import { textPage } from "../_components/text-page";
import { AccessibilityContact } from "./statement-parts";

const { Page, generateMetadata } = textPage("accessibility", { AccessibilityContact });

export { generateMetadata };
export default Page;
