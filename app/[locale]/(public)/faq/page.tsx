import { textPage } from "@/components/course/text-page";

const { Page, generateMetadata } = textPage("faq");

export { generateMetadata };
export default Page;
