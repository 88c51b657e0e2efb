/**
 * The pane's chunk: the core's analysis and its cards. Asked for by early.ts as the page
 * loads, and awaited by App (not React.lazy: Suspense holds back what it reveals for a
 * moment to batch it, and the pane should show the moment it can).
 */
export const loadPane = () => import(/* webpackChunkName: "pane" */ "./Pane");
