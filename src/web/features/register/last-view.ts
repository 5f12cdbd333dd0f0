/** The register view (query string) last shown, so "Back to the register" returns to it. */
let last = '';
export const rememberRegisterView = (search: string) => {
  last = search;
};
export const registerHref = () => `/commitments${last}`;
