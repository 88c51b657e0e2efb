// Points the Outlook manifest at where the add-in is served. Used by the
// production build (webpack.config.js) and its test.
const DEV_URL = "https://localhost:3000/";

/** The manifest with every page and icon address under `url`, and the app domain its origin. */
function manifestFor(xml, url) {
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(
      `KINDLY_URL must be an https address ending in "/", such as https://addins.contoso.com/kindly/ (got ${url}).`
    );
  }
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split(new URL(DEV_URL).origin).join(origin);
}

module.exports = { DEV_URL, manifestFor };
