import { textPage } from "@/components/course/text-page";

const { Page, generateMetadata } = textPage("legal");

export { generateMetadata };
export default Page;
