import { renderBody, type QuotedMessage, type RenderedBody } from "./quote-format";
import type { SampleMessage, SampleThread } from "./samples";

/*
 * Hostile threads: what a stranger can put in a mail, opened by id only (`?thread=hostile-script`)
 * and never listed in the simulator. Script in bodies, names and subjects; a 5 MB body; broken
 * HTML; dates that are missing or cannot be; right-to-left and CJK text with bidi controls. Every
 * payload that could run script sets `window.__pwned`, so a test can tell whether one ever did.
 * The pane must stay usable on each, and nothing from a thread may ever run.
 */

/**
 * A message of a hostile thread: a sample message, or one whose whole body (its own words and the
 * history under them) is given as its sender's client wrote it, raw. `quoted` is the message it
 * answers (null for none). An empty `html` makes it a plain-text message.
 */
export interface HostileMessage extends SampleMessage {
  body?: (quoted: QuotedMessage | null) => RenderedBody;
}

export interface HostileThread extends SampleThread {
  messages: HostileMessage[];
}

/** What every payload below does if it ever runs. */
const PWN = "window.__pwned=1";

/** Markup that runs script in a browser that renders it, each a different way in. */
const PAYLOADS = [
  `<script>${PWN}</script>`,
  `<SCRIPT SRC="data:text/javascript,${PWN}"></SCRIPT>`,
  `<img src=x onerror="${PWN}">`,
  `<img src="x" onerror=${PWN}//`,
  `<svg onload="${PWN}"><script>${PWN}</script></svg>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__pwned=1"></iframe>`,
  `<a href="javascript:${PWN}">pay here</a>`,
  `<a href="java&#x09;script:${PWN}">or here</a>`,
  `<body onload="${PWN}">`,
  `<details open ontoggle="${PWN}"><summary>terms</summary></details>`,
  `<object data="javascript:${PWN}"></object>`,
  `<embed src="javascript:${PWN}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<base href="javascript:${PWN}//">`,
  `<style>@import "javascript:${PWN}";*{background:url("javascript:${PWN}")}</style>`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${PWN}&gt;">`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>`,
  `<form action="javascript:${PWN}"><button formaction="javascript:${PWN}">Pay</button></form>`,
  `<input autofocus onfocus="${PWN}">`,
  `<video><source onerror="${PWN}"></video>`,
  `<scr<script>ipt>${PWN}</scr</script>ipt>`,
  `<<img src=x onerror="${PWN}">`,
  `<div style="background-image:url(javascript:${PWN})">styled</div>`,
  `<div style="position:fixed;inset:0;z-index:2147483647;background:rgba(255,0,0,0.05)">a veil over the page</div>`,
  `<p id="compose-body" name="kindlySimulator" class="quoted" data-kindly-cursor>borrowed names</p>`,
  `<img src="https://tracker.invalid/pixel.gif" width="1" height="1">`,
].join("\n");

/** The same payloads as a plain-text mail carries them: characters, nothing more. */
const PAYLOAD_TEXT = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `javascript:${PWN}`,
  `"><svg onload=${PWN}>`,
  `{{constructor.constructor('${PWN}')()}} \${${PWN}} {orderRef} {amount}`,
].join("\n");

/** A body given whole: own words in HTML, then the history quoted the way Outlook does. */
function rawHtml(html: string): (quoted: QuotedMessage | null) => RenderedBody {
  return (quoted) => {
    const quote = quoted ? renderBody("", quoted, "outlook", "en") : { text: "", html: "" };
    return {
      text: `${htmlAsText(html)}${quote.text}`,
      html: `<div dir="auto">${html}</div>${quote.html}`,
    };
  };
}

/** The text a client would offer as the plain-text part of an HTML body (rough: tags out). */
function htmlAsText(html: string): string {
  return html.replace(/<[^>]*>/g, " ");
}

/** A plain-text body (no HTML part), quoting the history as Outlook's plain-text reply does. */
function plainText(text: string): (quoted: QuotedMessage | null) => RenderedBody {
  return (quoted) => {
    const quote = quoted ? renderBody("", quoted, "outlook", "en").text : "";
    return { text: `${text}${quote}`, html: "" };
  };
}

/**
 * An Outlook reply whose header block says what the sender's client wrote for the date: `sent` is
 * put in as it is, and null leaves the "Sent:" line out (a client that wrote none).
 */
function quotedWithDate(
  own: string,
  sent: string | null
): (quoted: QuotedMessage | null) => RenderedBody {
  return (quoted) => renderBody(own, quoted, "outlook", "en", sent);
}

const CHASE =
  "Dear {name},\n\nMay I kindly check when the 30% deposit for our PI will be remitted? Once we receive the bank slip, we can book production.\n\nBest regards,\nAmy";

function chase(name: string, daysAgo: number): HostileMessage {
  return { from: "rep", daysAgo, time: "09:30", text: CHASE.replace("{name}", name) };
}

/** Script in HTML bodies, the buyer's display name and the subject. */
const scriptThread: HostileThread = {
  id: "hostile-script",
  label: "Hostile: script in HTML bodies, the sender's name and the subject",
  subject: `<script>${PWN}</script> PI HX-2611-001 <img src=x onerror="${PWN}"> – deposit`,
  buyer: { name: `Evil <img src=x onerror="${PWN}"> Trading`, address: "buyer@hostile.example" },
  lang: "en",
  buyerClient: "outlook",
  messages: [
    {
      from: "buyer",
      daysAgo: 20,
      time: "08:40",
      subject: `<script>${PWN}</script> PI HX-2611-001 <img src=x onerror="${PWN}"> – deposit`,
      text: `Dear Amy,\n\nWe confirm the order as per your PI HX-2611-001, total USD 9,800.00.\n\n${PAYLOAD_TEXT}\n\nRegards`,
      body: rawHtml(
        `<p>Dear Amy,</p><p>We confirm the order as per your PI HX-2611-001, total USD 9,800.00.</p>${PAYLOADS}<p>Regards</p>`
      ),
    },
    chase("Sir", 12),
    {
      from: "buyer",
      daysAgo: 9,
      time: "14:02",
      text: `Dear Amy,\n\nSorry for the delay. My customer has not paid us yet; as soon as he pays us, we will transfer your deposit.\n\n${PAYLOAD_TEXT}`,
      body: rawHtml(
        `<p>Dear Amy,</p><p>Sorry for the delay. My customer has not paid us yet; as soon as he pays us, we will transfer your deposit.</p>${PAYLOADS}`
      ),
    },
  ],
};

/** Script as the characters of plain-text bodies, names, an address and a subject. */
const textThread: HostileThread = {
  id: "hostile-text",
  label: "Hostile: script as plain text, in names, the address and the subject",
  subject: `"><img src=x onerror=${PWN}> Invoice {orderRef} {{constructor.constructor('${PWN}')()}}`,
  buyer: {
    name: `"><script>${PWN}</script><svg onload=${PWN}>`,
    address: `x"onmouseover="${PWN}"@hostile.example`,
  },
  lang: "en",
  buyerClient: "outlook",
  messages: [
    {
      from: "buyer",
      daysAgo: 18,
      time: "07:10",
      subject: `"><img src=x onerror=${PWN}> Invoice {orderRef} {{constructor.constructor('${PWN}')()}}`,
      text: `Hello Amy,\n\nWe confirm the order, PI HX-2611-002, USD 4,200.00.\n\n${PAYLOAD_TEXT}`,
      body: plainText(
        `Hello Amy,\n\nWe confirm the order, PI HX-2611-002, USD 4,200.00.\n\n${PAYLOAD_TEXT}`
      ),
    },
    chase(`"><script>${PWN}</script>`, 10),
    {
      from: "buyer",
      daysAgo: 4,
      time: "16:45",
      text: `Amy,\n\nMoney is tight this month, we are waiting for the bank's credit. We will pay when the funds arrive.\n\n${PAYLOAD_TEXT}`,
      body: plainText(
        `Amy,\n\nMoney is tight this month, we are waiting for the bank's credit. We will pay when the funds arrive.\n\n${PAYLOAD_TEXT}`
      ),
    },
  ],
};

/** About 5 MB of HTML in one body, with payloads through it and one word longer than any line. */
function hugeHtml(): string {
  const parts: string[] = [
    "<p>Dear Amy,</p><p>Our customer has not paid us yet; we will pay once he pays. The packing list for every carton follows.</p>",
  ];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const line =
      i % 500 === 0
        ? `<p>Carton ${i}: ${PAYLOADS}</p>`
        : `<p>Carton ${i}: 24 bath towels, 70x140 cm, 500 gsm, colour ${i % 7}, net 11.2 kg, gross 12.0 kg.</p>`;
    parts.push(line);
    size += line.length;
  }
  parts.push(`<p>${"W".repeat(200_000)}</p><p>Regards,<br>Hostile Imports</p>`);
  return parts.join("\n");
}

function hugeThread(): HostileThread {
  let messages: HostileMessage[] | undefined;
  return {
    id: "hostile-huge",
    label: "Hostile: a 5 MB body",
    subject: "PI HX-2611-003 packing list",
    buyer: { name: "Bulk Imports", address: "bulk@hostile.example" },
    lang: "en",
    buyerClient: "outlook",
    // Written when first read, as the long history is: 5 MB is not for start-up.
    get messages() {
      return (messages ??= [
        {
          from: "buyer",
          daysAgo: 15,
          time: "10:00",
          text: "Dear Amy,\n\nWe confirm PI HX-2611-003, USD 31,000.00.\n\nRegards",
        },
        chase("Sir", 8),
        {
          from: "buyer",
          daysAgo: 2,
          time: "06:05",
          text: "Dear Amy,\n\nOur customer has not paid us yet; we will pay once he pays. The packing list for every carton follows.\n\n(5 MB of packing list)",
          body: rawHtml(hugeHtml()),
        },
      ]);
    },
  };
}

/** HTML a parser has to guess at: unclosed, misnested, deep, with entities no character has. */
const BROKEN = [
  "<p>Dear Amy,<p>Money is tight this month<b><i>, we are waiting for the bank</b></i>",
  "<div><table><tr><td>PI HX-2611-004<td>USD 7,300.00<tr><td>deposit</table></div></div></div></blockquote>",
  `<p <p <p title="unclosed attribute>still in the attribute? ${PWN}`,
  "</p></p></p></span></font></td></tr>",
  "<blockquote>".repeat(300) + "deep quote" + "</blockquote>".repeat(120),
  "<div>".repeat(2_000) + "deep div",
  "&#x110000; &#0; &#xD800; &#99999999; &amp &lt;b&gt; &nbsp&nbsp; &unknownentity; \u0000 \uD800 \uDFFF",
  "<![CDATA[ <script>" + PWN + "</script> ]]> <?xml version='1.0'?> <!DOCTYPE x>",
  `<a href="https://example.com/pay?x=<script>${PWN}</script>">a link with markup in it</a>`,
  "<!-- an unclosed comment: the rest of the body is inside it",
].join("\n");

const brokenThread: HostileThread = {
  id: "hostile-broken",
  label: "Hostile: broken, unclosed and deeply nested HTML",
  subject: "PI HX-2611-004 <unclosed",
  buyer: { name: "Broken <b>Markup", address: "broken@hostile.example" },
  lang: "en",
  buyerClient: "outlook",
  messages: [
    {
      from: "buyer",
      daysAgo: 21,
      time: "11:11",
      text: "Dear Amy,\n\nWe confirm PI HX-2611-004, USD 7,300.00.",
      body: rawHtml("<p>Dear Amy,<p>We confirm PI HX-2611-004, USD 7,300.00.<div><span><b>"),
    },
    chase("Sir", 11),
    {
      from: "buyer",
      daysAgo: 5,
      time: "19:30",
      text: "Dear Amy,\n\nMoney is tight this month, we are waiting for the bank.",
      body: rawHtml(BROKEN),
    },
  ],
};

/** A date header no calendar has, and a quoted history with a date missing and one impossible. */
const IMPOSSIBLE_DATE = "Mon, 30 Feb 99999 25:61:00 +0000";

const datesThread: HostileThread = {
  id: "hostile-dates",
  label: "Hostile: missing and impossible dates",
  subject: "PI HX-2611-005 deposit, due 30/02/2026",
  buyer: { name: "Calendar Imports", address: "dates@hostile.example" },
  lang: "en",
  buyerClient: "outlook",
  messages: [
    {
      from: "buyer",
      daysAgo: 25,
      time: "08:00",
      subject: "PI HX-2611-005 deposit, due 30/02/2026",
      text: "Dear Amy,\n\nWe confirm PI HX-2611-005, USD 12,000.00. Deposit due 30/02/2026.",
      headers: { date: "" },
    },
    chase("Sir", 16),
    {
      from: "buyer",
      daysAgo: 12,
      time: "13:00",
      text: "Dear Amy,\n\nWe will pay the deposit on 30 February, or by 31/04/2026 at the latest.",
      // Its client wrote no date in the header block of the message it quotes.
      body: quotedWithDate(
        "Dear Amy,\n\nWe will pay the deposit on 30 February, or by 31/04/2026 at the latest.",
        null
      ),
      headers: { date: "not a date" },
    },
    chase("Sir", 6),
    {
      from: "buyer",
      daysAgo: 1,
      time: "23:59",
      text: "Dear Amy,\n\nThe transfer is scheduled for 2026-13-45, in the year 99999 at the latest. We wrote on Friday, February 30.",
      body: quotedWithDate(
        "Dear Amy,\n\nThe transfer is scheduled for 2026-13-45, in the year 99999 at the latest. We wrote on Friday, February 30.",
        "Monday, February 30, 99999 25:61 PM"
      ),
      headers: { date: IMPOSSIBLE_DATE },
    },
  ],
};

/** Bidi controls: embeddings, overrides, isolates and marks, as they reach a mailbox. */
const RLO = "\u202E";
const PDF = "\u202C";
const RLI = "\u2067";
const LRI = "\u2066";
const PDI = "\u2069";
const RLM = "\u200F";

const bidiThread: HostileThread = {
  id: "hostile-bidi",
  label: "Hostile: Arabic, Hebrew and Chinese with bidi controls",
  subject: `طلب PO-7781 ${RLI}定金${PDI} הזמנה ${RLO}fdp.exe${PDF} – 付款`,
  // The name opens an override it never closes: whatever follows it on a line must not turn round.
  buyer: { name: `${RLO}أحمد المنصوري ${LRI}王磊${PDI} שלום`, address: "ahmed@hostile.example" },
  lang: "ar",
  buyerClient: "gmail",
  messages: [
    {
      from: "buyer",
      daysAgo: 19,
      time: "09:09",
      subject: `طلب PO-7781 ${RLI}定金${PDI} הזמנה ${RLO}fdp.exe${PDF} – 付款`,
      text: `السلام عليكم Amy،\n\nنؤكد الطلب PO-7781 بمبلغ ٥٬٥٢٠٫٠٠ دولار. ${RLM}我们确认订单。 אנחנו מאשרים את ההזמנה.\n\n${"订单确认付款安排".repeat(400)}\n\nأحمد`,
    },
    chase("Ahmed", 9),
    {
      from: "buyer",
      daysAgo: 3,
      time: "02:20",
      text: `Amy 你好، ${RLO}مرحبا${PDF}\n\n我们的客户还没有付款给我们，他付款后我们马上安排定金。 عميلنا لم يدفع لنا بعد. הלקוח שלנו עדיין לא שילם.\n\n${"ز\u0301\u0302\u0303\u0304".repeat(200)} 👨‍👩‍👧‍👦🏳️‍🌈 ${"字".repeat(3_000)}\n\n${LRI}أحمد${PDI} 王磊`,
    },
  ],
};

/** The hostile threads, by id; the simulator lists none of them. */
export const HOSTILE_THREADS: HostileThread[] = [
  scriptThread,
  textThread,
  hugeThread(),
  brokenThread,
  datesThread,
  bidiThread,
];
