/** The path of an address in lower case, split into its parts. */
export const pathParts = (url: URL): string[] =>
  url.pathname.replace(/%3a/gi, ':').toLowerCase().split('/').filter(Boolean);
