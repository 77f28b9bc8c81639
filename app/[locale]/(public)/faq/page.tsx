import { textPage } from "../_components/text-page";

const { Page, generateMetadata } = textPage("faq");

export { generateMetadata };
export default Page;
