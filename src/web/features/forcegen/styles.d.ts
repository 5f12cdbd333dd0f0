/** Vite bundles a page's own stylesheet with its chunk (`import './forcegen.css'`). */
declare module '*.css';
