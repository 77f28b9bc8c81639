// Auth.js HTTP endpoints. Sign-in goes through the sign-in server action (throttled there); the raw
// credentials callback only accepts the action's signed proof, so it cannot be used to guess passwords.
import { handlers } from "./index";

export const { GET, POST } = handlers;
