/** Posts the development identity provider's login form as a browser would: the page's hidden fields plus the IIN typed. */
export async function submitLoginForm(baseUrl: string, page: string, iin: string): Promise<Response> {
  const form = new URLSearchParams();
  for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) form.set(name, decodeHtml(value));
  form.set('iin', iin);
  const action = /<form method="post" action="([^"]+)"/.exec(page)![1];
  return fetch(baseUrl + action, { method: 'POST', body: form, redirect: 'manual' });
}

function decodeHtml(value: string): string {
  return value.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)));
}
