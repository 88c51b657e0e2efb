import type { Address } from "../../core/thread/model";

/**
 * The simulator's mailbox: realistic buyer threads, one per situation a rep
 * meets. Dates are relative to "now" so the statuses stay meaningful whatever
 * the day; `{date:+N}` / `{date:-N}` in a text becomes that day written in the
 * message's language.
 */

export const REP: Address = { name: "Amy Zhang", address: "amy.zhang@sunrisetex.com" };
export const MANAGER: Address = { name: "David Wu", address: "david.wu@sunrisetex.com" };

/** Which mail client wrote a message, hence how it quotes the history below it. */
export type QuoteStyle = "outlook" | "gmail";

export interface SampleMessage {
  /** "rep" and "manager" are ours; "buyer" is the thread's buyer. */
  from: "rep" | "manager" | "buyer";
  daysAgo: number;
  /** Local time of day, HH:MM, in the sender's clock (UTC in the simulator). */
  time: string;
  text: string;
  /** Internet headers, for auto-replies. */
  headers?: Record<string, string>;
  /** Overrides "RE: " + the thread's subject. */
  subject?: string;
}

export interface SampleThread {
  id: string;
  /** What the sample shows, for the simulator's list. */
  label: string;
  subject: string;
  buyer: Address;
  /** The buyer's language (BCP 47) and mail client. */
  lang: string;
  buyerClient: QuoteStyle;
  messages: SampleMessage[];
}

export const SAMPLE_THREADS: SampleThread[] = [
  {
    id: "middleman-dubai",
    label: "Trader waiting for his customer (English)",
    subject: "PI SR-2611-045 / 2x40HQ bath towels – deposit",
    buyer: { name: "Omar Haddad", address: "omar@alwaha-trading.ae" },
    lang: "en",
    buyerClient: "outlook",
    messages: [
      {
        from: "buyer",
        daysAgo: 24,
        time: "08:40",
        subject: "PI SR-2611-045 / 2x40HQ bath towels – deposit",
        text: "Dear Amy,\n\nWe confirm the order as per your PI SR-2611-045, total USD 18,400.00 FOB Ningbo. Signed copy attached.\n\nWe will arrange the 30% deposit as soon as possible.\n\nBest regards,\nOmar Haddad\nAl Waha General Trading LLC, Dubai",
      },
      {
        from: "rep",
        daysAgo: 13,
        time: "09:15",
        text: "Dear Omar,\n\nI hope you are well. May I check when the 30% deposit for PI SR-2611-045 (USD 5,520.00) will be remitted? Once we receive the bank slip, we can book the dyeing for your towels.\n\nBest regards,\nAmy Zhang\nSunrise Home Textiles Co., Ltd.",
      },
      {
        from: "buyer",
        daysAgo: 11,
        time: "14:02",
        text: "Dear Amy,\n\nSorry for the delay. My customer in Riyadh has not released his payment to us yet. As soon as he pays us, we will transfer your deposit.\n\nRegards,\nOmar",
      },
      {
        from: "rep",
        daysAgo: 3,
        time: "10:30",
        text: "Dear Omar,\n\nThank you for letting me know, I fully understand. Could you tell me when your customer expects to pay, so that we can plan the deposit? Our dyeing schedule for December is filling up, and I would like to keep a slot for your order.\n\nBest regards,\nAmy",
      },
    ],
  },
  {
    id: "cash-flow-mexico",
    label: "Tight cash flow (Spanish)",
    subject: "Pedido PO-4471 toallas de playa – anticipo",
    buyer: { name: "Javier Morales", address: "compras@dmorales.com.mx" },
    lang: "es",
    buyerClient: "gmail",
    messages: [
      {
        from: "buyer",
        daysAgo: 30,
        time: "17:20",
        subject: "Pedido PO-4471 toallas de playa – anticipo",
        text: "Hola Amy:\n\nConfirmamos el pedido PO-4471 según la proforma SR-2610-112, por un total de USD 12.750,00. Adjunto la proforma firmada.\n\nSaludos cordiales,\nJavier Morales\nDistribuidora Morales S.A. de C.V.",
      },
      {
        from: "rep",
        daysAgo: 16,
        time: "09:05",
        text: "Estimado Javier:\n\nEspero que esté muy bien. Le escribo para confirmar la fecha del anticipo del 30 % del pedido PO-4471. ¿Podría enviarnos el comprobante de la transferencia cuando la realice?\n\nUn saludo,\nAmy Zhang",
      },
      {
        from: "buyer",
        daysAgo: 6,
        time: "19:48",
        text: "Hola Amy, disculpa la demora.\n\nEste mes estamos cortos de liquidez: estamos esperando el crédito del banco y el pago de dos clientes grandes. En cuanto tengamos los fondos, te hago la transferencia. Gracias por tu paciencia.\n\nJavier",
      },
    ],
  },
  {
    id: "exchange-rate-brazil",
    label: "Waiting for a better exchange rate (Portuguese)",
    subject: "Pedido PI SR-2609-087 – 4x40HQ cortinas blackout",
    buyer: { name: "Ana Souza", address: "ana.souza@casasouza.com.br" },
    lang: "pt",
    buyerClient: "outlook",
    messages: [
      {
        from: "buyer",
        daysAgo: 35,
        time: "13:10",
        subject: "Pedido PI SR-2609-087 – 4x40HQ cortinas blackout",
        text: "Olá Amy,\n\nConfirmamos o pedido conforme a PI SR-2609-087, valor total USD 86.200,00. A PI assinada segue em anexo.\n\nAtenciosamente,\nAna Souza\nCasa Souza Importadora Ltda.",
      },
      {
        from: "rep",
        daysAgo: 20,
        time: "08:50",
        text: "Dear Ana,\n\nI hope all is well in São Paulo. Could you let me know when the deposit for PI SR-2609-087 will be sent? We would like to confirm the fabric with the mill.\n\nBest regards,\nAmy Zhang",
      },
      {
        from: "buyer",
        daysAgo: 18,
        time: "15:35",
        text: "Oi Amy,\n\nO dólar está muito alto agora. Como o pedido é grande, vamos aguardar o câmbio melhorar um pouco antes de fechar a remessa. Espero que entenda.\n\nAbraços,\nAna",
      },
      {
        from: "rep",
        daysAgo: 8,
        time: "09:40",
        text: "Dear Ana,\n\nI understand, the rate matters a lot for an order of this size. Just to let you know, the price in our PI is valid until {date:+20}. When you are ready to send the deposit, please tell me if I can help with anything.\n\nBest regards,\nAmy",
      },
    ],
  },
  {
    id: "competitor-germany",
    label: "A cheaper competitor (German)",
    subject: "AB 2026-0931 Küchentextilien – Anzahlung",
    buyer: { name: "Klaus Becker", address: "k.becker@becker-hw.de" },
    lang: "de",
    buyerClient: "outlook",
    messages: [
      {
        from: "buyer",
        daysAgo: 28,
        time: "10:00",
        subject: "AB 2026-0931 Küchentextilien – Anzahlung",
        text: "Hallo Frau Zhang,\n\nhiermit bestätigen wir die Bestellung gemäß Ihrer Proforma SR-2610-031 über EUR 24.600,00. Die unterschriebene PI liegt bei.\n\nMit freundlichen Grüßen\nKlaus Becker\nBecker Haushaltswaren GmbH",
      },
      {
        from: "rep",
        daysAgo: 14,
        time: "08:30",
        text: "Dear Mr. Becker,\n\nI hope you are well. May I ask when we can expect the 30% deposit for PI SR-2610-031? We are ready to start production as soon as it arrives.\n\nBest regards,\nAmy Zhang",
      },
      {
        from: "manager",
        daysAgo: 9,
        time: "11:20",
        text: "Dear Mr. Becker,\n\nI am Amy's manager. We value your business and would be glad to discuss anything about this order. Please let us know if there is a question about the deposit.\n\nKind regards,\nDavid Wu\nSales Manager, Sunrise Home Textiles",
      },
      {
        from: "buyer",
        daysAgo: 2,
        time: "16:45",
        text: "Sehr geehrter Herr Wu, sehr geehrte Frau Zhang,\n\nein anderer Lieferant hat uns inzwischen ein deutlich günstigeres Angebot für die gleichen Artikel gemacht. Bevor wir die Anzahlung leisten, möchten wir daher noch einmal über den Preis sprechen.\n\nMit freundlichen Grüßen\nKlaus Becker",
      },
    ],
  },
  {
    id: "away-france",
    label: "Buyer on holiday (French)",
    subject: "Commande PI SR-2610-076 – linge de lit",
    buyer: { name: "Sophie Martin", address: "s.martin@maisonmartin.fr" },
    lang: "fr",
    buyerClient: "gmail",
    messages: [
      {
        from: "buyer",
        daysAgo: 26,
        time: "09:30",
        subject: "Commande PI SR-2610-076 – linge de lit",
        text: "Bonjour Amy,\n\nJe vous confirme notre commande selon la PI SR-2610-076, pour un montant de 9 850,00 EUR. Vous trouverez la PI signée en pièce jointe.\n\nBien cordialement,\nSophie Martin\nMaison Martin SARL",
      },
      {
        from: "rep",
        daysAgo: 12,
        time: "08:10",
        text: "Dear Sophie,\n\nI hope you are doing well. Could you let me know when the balance for PI SR-2610-076 will be paid? The goods are ready for shipment.\n\nBest regards,\nAmy Zhang",
      },
      {
        from: "buyer",
        daysAgo: 10,
        time: "18:05",
        text: "Bonjour Amy,\n\nJe pars en congés demain et je serai de retour le {date:+4}. Je m'occupe du paiement dès mon retour, c'est promis.\n\nBonne journée,\nSophie",
      },
    ],
  },
  {
    id: "no-reply-india",
    label: "Buyer who never answers (English)",
    subject: "PI SR-2609-140 – cotton cushion covers – balance payment",
    buyer: { name: "Rajesh Kumar", address: "rajesh@balajient.in" },
    lang: "en",
    buyerClient: "outlook",
    messages: [
      {
        from: "buyer",
        daysAgo: 40,
        time: "06:30",
        subject: "PI SR-2609-140 – cotton cushion covers – balance payment",
        text: "Dear Amy ji,\n\nPI SR-2609-140 is confirmed, amount USD 7,300.00. We shall pay the balance before shipment.\n\nThanks & regards,\nRajesh Kumar\nShree Balaji Enterprises",
      },
      {
        from: "rep",
        daysAgo: 17,
        time: "09:00",
        text: "Dear Rajesh,\n\nGood news: your cushion covers are finished and packed. Could you please arrange the balance of USD 7,300.00 so we can book the vessel?\n\nBest regards,\nAmy Zhang",
      },
      {
        from: "rep",
        daysAgo: 10,
        time: "09:20",
        text: "Dear Rajesh,\n\nI hope all is well. May I check on the balance payment for PI SR-2609-140? Please send the bank slip once it is done.\n\nBest regards,\nAmy",
      },
      {
        from: "rep",
        daysAgo: 3,
        time: "10:05",
        text: "Dear Rajesh,\n\nJust a gentle reminder about the balance for PI SR-2609-140. If anything in the PI needs to be changed, I am happy to help.\n\nBest regards,\nAmy",
      },
    ],
  },
  {
    id: "ooo-spain",
    label: "Out-of-office reply (Spanish)",
    subject: "PI SR-2610-150 – albornoces – transferencia del saldo",
    buyer: { name: "Lucía Fernández", address: "lucia.fernandez@textilesfernandez.es" },
    lang: "es",
    buyerClient: "outlook",
    messages: [
      {
        from: "buyer",
        daysAgo: 22,
        time: "12:00",
        subject: "PI SR-2610-150 – albornoces – transferencia del saldo",
        text: "Hola Amy:\n\nAprobamos la proforma SR-2610-150 por importe de EUR 15.300,00. Pagaremos el saldo antes del embarque.\n\nUn saludo,\nLucía Fernández\nTextiles Fernández S.L.",
      },
      {
        from: "rep",
        daysAgo: 4,
        time: "09:30",
        text: "Dear Lucía,\n\nYour bathrobes are ready. Could you please arrange the balance of EUR 15,300.00 so that we can ship on the next vessel?\n\nBest regards,\nAmy Zhang",
      },
      {
        from: "buyer",
        daysAgo: 4,
        time: "09:31",
        subject: "Respuesta automática: RE: PI SR-2610-150 – albornoces – transferencia del saldo",
        headers: { "auto-submitted": "auto-replied", "x-auto-response-suppress": "All" },
        text: "Gracias por su mensaje. Estoy de vacaciones hasta el {date:+6} con acceso limitado al correo. Para asuntos urgentes, contacte con pedidos@textilesfernandez.es.\n\nLucía Fernández",
      },
    ],
  },
  {
    id: "promise-china",
    label: "Buyer promised a payment date (Chinese)",
    subject: "合同 HT-2611-008 浴巾订单 定金",
    buyer: { name: "王磊", address: "wanglei@hongda-trade.cn" },
    lang: "zh-CN",
    buyerClient: "outlook",
    messages: [
      {
        from: "buyer",
        daysAgo: 19,
        time: "02:15",
        subject: "合同 HT-2611-008 浴巾订单 定金",
        text: "Amy 您好，\n\n合同 HT-2611-008 已确认，总金额 USD 32,600.00，盖章合同见附件。\n\n王磊\n深圳市宏达贸易有限公司",
      },
      {
        from: "rep",
        daysAgo: 9,
        time: "01:30",
        text: "王总您好，\n\n合同 HT-2611-008 的 30% 定金请问什么时候可以安排？收到水单后我们马上排产。\n\n谢谢！\nAmy",
      },
      {
        from: "buyer",
        daysAgo: 1,
        time: "03:20",
        text: "Amy 你好，\n\n不好意思回复晚了。定金我们{date:+5}安排支付，付款后发水单给你，请放心。\n\n王磊",
      },
    ],
  },
  longHistory(1000),
];

/**
 * A buyer of many years: `count` messages, a chase and an answer at a time, each quoting
 * all before it (Outlook style), so the open message carries the whole history. The pane's
 * heap after opening it is measured by `npm run bench`.
 */
function longHistory(count: number): SampleThread {
  const buyer: Address = { name: "Rajesh Mehta", address: "rajesh@mehta-imports.co.in" };
  const answers = [
    "Dear Amy,\n\nWell received, the payment for order {n} is in process with our bank.\n\nRegards,\nRajesh",
    "Dear Amy,\n\nOur customer has not paid us yet for order {n}; we will pay you once he pays.\n\nRegards,\nRajesh",
    "Dear Amy,\n\nPlease send the revised proforma for order {n}, we will arrange the deposit.\n\nRegards,\nRajesh",
  ];
  const build = (): SampleMessage[] => {
    const messages: SampleMessage[] = [];
    for (let i = 0; i < count; i++) {
      const order = `MI-${2200 + Math.floor(i / 4)}`;
      const daysAgo = 3 + count - 1 - i;
      const rep = i % 2 === 1;
      messages.push({
        from: rep ? "rep" : "buyer",
        daysAgo,
        time: rep ? "09:30" : "05:15",
        text: rep
          ? `Dear Rajesh,\n\nMay I kindly check on the payment for order ${order}? The bank slip would help us release the goods.\n\nBest regards,\nAmy`
          : answers[(i / 2) % answers.length].replace("{n}", order),
      });
    }
    return messages;
  };
  let messages: SampleMessage[] | undefined;
  return {
    id: "long-history",
    label: `A buyer of many years: ${String(count).replace(/\B(?=(\d{3})+$)/g, ",")} messages (English)`,
    subject: "Orders and payments 2024–2026",
    buyer,
    lang: "en-IN",
    buyerClient: "outlook",
    // Written when first read: the simulator's start-up should not pay for a thousand messages.
    get messages() {
      return (messages ??= build());
    },
  };
}
