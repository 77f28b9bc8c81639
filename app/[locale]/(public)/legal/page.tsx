import { textPage } from "../_components/text-page";

const { Page, generateMetadata } = textPage("legal");

export { generateMetadata };
export default Page;
