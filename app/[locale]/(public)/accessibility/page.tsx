import { textPage } from "@/components/course/text-page";

const { Page, generateMetadata } = textPage("accessibility");

export { generateMetadata };
export default Page;
