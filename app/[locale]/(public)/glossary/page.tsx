import { textPage } from "../_components/text-page";

const { Page, generateMetadata } = textPage("glossary");

export { generateMetadata };
export default Page;
