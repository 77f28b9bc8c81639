import { textPage } from "../_components/text-page";

const { Page, generateMetadata } = textPage("accessibility");

export { generateMetadata };
export default Page;
