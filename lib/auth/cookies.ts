// Names of the cookies Vigie sets itself (the cookie policy lists them; a test compares).
export const REMEMBER_USERNAME_COOKIE = "vigie-remember-username";
