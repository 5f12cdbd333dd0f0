/** The version diff lives in contracts, where the web app shares it. */
export { type Change, diffDocs } from '../../contracts/diff';
