export { ActionForm } from "./action-form";
export { CheckboxField, PasswordField, RadioGroup, SelectField, TextareaField, TextField } from "./fields";
export { SubmitButton } from "./submit-button";
