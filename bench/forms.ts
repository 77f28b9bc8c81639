// What a browser without JavaScript posts to a server action: the page's hidden $ACTION fields
// plus the form's own fields, as multipart/form-data.
import { randomBytes } from "node:crypto";

/** The hidden server-action fields of the first form on `pagePath`. */
export async function actionFields(base: string, pagePath: string, cookie?: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}${pagePath}`, { headers: cookie ? { cookie } : {} })).text();
  const fields = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
    (m) => [m[1]!, (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as [string, string],
  );
  if (fields.length === 0) throw new Error(`no server-action fields found on ${pagePath}`);
  return fields;
}

export function multipartBody(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = `----vigie${randomBytes(8).toString("hex")}`;
  const body =
    fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") +
    `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A different client address per request, as many visitors behind nginx would have. */
export function visitorAddress(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}
