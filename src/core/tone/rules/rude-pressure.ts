import type { PatternFamily } from "../rule";

/*
 * Rude pressure: orders instead of requests ("pay immediately", "you must … ASAP", "today
 * without fail", "I demand", "no more excuses"). A clear single request with a date ("could
 * you let me know the expected remittance date?", "we would need the deposit by
 * 15 December") is firm but polite, so the rules need the imperative or the urgency word.
 */

// "now" words: the ones that turn a request into an order.
const NOW_EN =
  "(immediately|right now|right away|at once|instantly|this instant|asap|a\\.s\\.a\\.p\\.?|without (any )?(further )?delay|straight away|forthwith)";

export const rudePressure: PatternFamily = {
  kind: "patterns",
  category: "rude_pressure",
  rules: {
    en: [
      {
        match: [
          `(pay|settle|transfer|remit|wire|release) (us |me )?(the |your |this |our |all |full )?(payment |money |balance |amount |invoice |funds |deposit |outstanding |remaining |overdue ){0,2}(now|up|${NOW_EN})`,
          `(send|transfer|remit|wire|settle|release|make|arrange)~ (the |your |this |our |full )?(payment|money|balance|amount|funds|remittance|deposit|transfer)~ ${NOW_EN}`,
          "(immediate|instant|prompt and full) (payment|transfer|settlement|remittance)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
      {
        match: [
          `(must|have to|has to|got to|gotta)~ ${NOW_EN}`,
          `(you|your company|your side) (must|have to|need to|are required to|are obliged to) (pay|transfer|settle|remit|wire|make (the )?payment|send (the |us the )?(money|payment|funds))(~ ${NOW_EN})?`,
          "(must|has to|have to) be (paid|transferred|settled|remitted|wired|made|sent)~ (today|now|immediately|at once|asap|within 24 hours|by tomorrow)",
          `(need|needs|want|expect|require|demand)~ (the |your |our |my )?(payment|money|funds|transfer|balance|amount|remittance|deposit|reply|answer|response|confirmation|slip|bank slip)~ ${NOW_EN}`,
          "(i|we) (expect|want|require) (the |your |our |my )?(payment|money|funds|transfer|balance|remittance) (today|now|by tomorrow)",
          "(i|we) need (the |your |our |my )?(payment|money|funds|transfer|balance|remittance) (now|today)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
      {
        match: ["((today|tomorrow|this week) )?without (any )?fail"],
        say: "if at all possible",
      },
      {
        match: [
          "(i|we) (hereby |must |have to |now )?(demand|insist) (that you|that your|that the|you|immediate|full|on (immediate |full |the )?(payment|settlement)|(the )?(immediate |full )?(payment|settlement|transfer|remittance)|(an )?(explanation|answer|response)|an immediate)",
        ],
        say: "we would kindly ask you",
      },
      {
        match: [
          "no more (excuses|stories|games|delays|extensions)",
          "(i|we) (don't|do not|won't|will not) (want|accept|tolerate|take) (to hear )?(any )?(more |further |other )?(excuses|stories|delays|promises)",
          "stop (making|giving|with the|finding) excuses",
          "spare (me|us) (the|your) (excuses|stories)",
          "enough is enough",
          "enough with (the |your )?(excuses|delays|stories)",
        ],
        say: "we would appreciate a clear date",
      },
      {
        match: [
          "(you have|you've got|i give you|we give you|you get) (only )?(\\d{1,3}|one|two|three|twenty-four|forty-eight) (hours|hrs|days|business days|working days) to (pay|settle|transfer|reply|respond|make)",
          "(this is |it is |it's |is |are )?(simply )?(not|non)[- ]negotiable",
          "(do it|do this|pay) now",
          "hurry up",
          "(i|we) want (the|my|our) money",
          "give (me|us) (my|our|the) money",
          "(where is|where's) (my|our|the) money",
          "(pay|settle) what you owe",
          "(this|it) (cannot|can't|will not|won't) wait (any longer|anymore|any more)",
        ],
        say: "could you let me know when the payment can be arranged?",
      },
    ],
    zh: [
      {
        match: [
          "(马上|立刻|立即|立马|赶紧|赶快|现在就|今天就|速速|火速)…(付款|付钱|打款|汇款|转账|付清|结清|支付|还钱|还款|打过来|汇过来|把钱|安排付款|回复)",
          "(立即|立刻|马上)(付款|支付|打款|汇款|转账|还钱|还款)",
        ],
        say: "方便告知预计的付款时间吗？",
        notBefore: "(我|我们|我司)(会|将|就|也)?$",
      },
      {
        match: [
          "(你们|你|您|贵司|贵方)…(必须|务必要|一定要)…(付款|付清|打款|汇款|结清|支付|还钱|还款|转账|把钱)",
          "必须…(尽快|马上|立刻|立即|今天|今日|现在|当天)…(付款|付清|打款|汇款|结清|支付|还钱|还款|转账|回复)",
          "(今天|今日|明天|本周)(之内|以内|内)?(必须|务必|一定要|一定得)…(付款|付清|打款|汇款|结清|支付|还钱|还款|转账)",
          "(今天|今日)(必须|务必)",
        ],
        say: "方便告知预计的付款时间吗？",
        notBefore: "请$",
      },
      {
        match: [
          "(我|我们|我司)(强烈)?(要求|坚持要求)(你们|你|您|贵司|贵方)?(立即|马上|立刻|必须|今天|务必|全额)",
          "(勒令|责令)",
        ],
        say: "我们想请您",
      },
      {
        match: [
          "(别|不要|请不要|请别|不许)(再)?(找|编)?(任何)?借口",
          "(少|别再|不要再)(找|编)借口",
          "(不要|别|请不要|请别)(再)?(拖|拖延|推脱|推辞|敷衍)(了)?",
          "(不接受|不会接受|不想听)(任何)?(借口|解释|理由)",
          "没有(任何)?借口",
        ],
        say: "希望能得到一个明确的付款日期",
      },
      {
        match: [
          "(没得|没有|不容|不予)商量(的余地)?",
          "(你们|你|您|贵司|贵方)?(到底|究竟)(什么时候|何时|还要|要不要|打算|准备|想|能不能)(付|付款|打款|汇款|还)",
          "(快点|快些|赶快|赶紧)(付|付款|打款|汇款|回复)",
          "(只给(你们|你|您|贵司)?|限(你们|你|您|贵司))…(\\d{1,3}|一|两|三|二十四|四十八)(个)?(小时|天|工作日)",
          "(把钱|我们的钱|我的钱)(还给|还来|打过来|交出来)",
        ],
        say: "方便告知预计的付款时间吗？",
      },
    ],
    es: [
      {
        match: [
          "(pague|paguen|paga|pagar|abone|abonen|transfiera|transfieran|transfiere|envíe|envíen|realice|realicen|efectúe|efectúen|liquide|liquiden|deposite|depositen)~ (inmediatamente|de inmediato|ya mismo|ahora mismo|enseguida|en este momento|sin (más )?(demora|dilación|retraso|excusas)|hoy mismo)",
          "(pago|transferencia|abono|liquidación) (inmediat[oa]|urgente e inmediat[oa])",
          "(pague|paguen|paga|transfiera|transfieran|abone|abonen|deposite|depositen|liquide|liquiden) ya",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
      },
      {
        match: [
          "(usted |ustedes )?(debe|deben|tiene que|tienen que|está obligado a|están obligados a|has de|debes|tienes que)~ (pagar|abonar|transferir|liquidar|realizar el pago|efectuar el pago|hacer el pago|saldar|depositar)",
          "(debe|deben|tiene que|tienen que|tienes que|debes|hay que)~ (cuanto antes|inmediatamente|de inmediato|lo antes posible|urgentemente|hoy mismo|ahora mismo|ya mismo|sin demora)",
          "(exijo|exigimos|exigiremos|le exijo|les exijo|le exigimos|les exigimos|exijimos)",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
        notBefore: "(?<!\\p{L})se ?$",
      },
      {
        match: ["((hoy|mañana|esta semana) )?(mismo )?sin falta"],
        say: "si le es posible",
      },
      {
        match: [
          "(no|basta de|sin|ni) (más|una) (excusas|excusa|pretextos|historias|largas)",
          "(no aceptamos|no aceptaremos|no acepto|no aceptaré|no quiero|no queremos) (más |ninguna |ningún )?(excusas|excusa|retrasos|demoras|pretextos)",
          "(deje|dejen|dejar) de (poner|dar|buscar) (excusas|pretextos|largas)",
          "(basta|ya basta) de (excusas|retrasos|largas)",
        ],
        say: "le agradeceríamos una fecha concreta",
      },
      {
        match: [
          "(innegociable|no es negociable|no negociable)",
          "(tiene|tienen|les damos|le damos|le doy) (solo |sólo )?(\\d{1,3}|dos|tres|veinticuatro) (horas|días|días hábiles) para (pagar|responder|realizar|liquidar)",
          "(quiero|queremos) (mi|nuestro|el) dinero",
          "(dónde|donde) está (mi|nuestro|el) dinero",
          "(dese|dense) prisa",
        ],
        say: "¿podría indicarme cuándo podrá realizarse el pago?",
      },
    ],
    fr: [
      {
        match: [
          "(merci de|veuillez|je vous prie de|nous vous prions de) (payer|régler|virer|verser|effectuer|procéder)~ (immédiatement|sur-le-champ|sur le champ|tout de suite|sans (plus de |aucun |autre )?(délai|attendre|tarder)|dès maintenant|aujourd'hui même)",
          "(payez|réglez|virez|versez|effectuez|procédez|envoyez)~ (immédiatement|sur-le-champ|sur le champ|tout de suite|sans (plus de |aucun |autre )?(délai|attendre|tarder)|dès maintenant|aujourd'hui même|maintenant)",
          "(paiement|règlement|virement) (immédiat|sans délai)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: [
          "(vous devez|vous êtes tenus? de|il faut que vous|vous devrez|vous êtes obligés? de)~ (payer|régler|virer|verser|effectuer le (paiement|règlement|virement)|procéder au (paiement|règlement)|solder)",
          "(doit|devez|doivent|devra|faut|devrez)~ (immédiatement|tout de suite|sur-le-champ|aujourd'hui même|sans délai|asap|au plus vite|dans l'heure|sans faute)",
          "(j'exige|nous exigeons|exigeons|je vous somme|nous vous sommons|je vous ordonne|nous vous ordonnons)",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
      {
        match: ["((aujourd'hui|demain|cette semaine) )?(même )?sans faute"],
        say: "si possible",
      },
      {
        match: [
          "(plus d'|assez d'|fini les |trêve d')(excuses|histoires|prétextes)",
          "(plus|assez) de (prétextes|excuses|retards)",
          "(je ne veux|nous ne voulons|nous n'accepterons|je n'accepterai|nous n'acceptons) (plus )?(d'|de |aucune |aucun )?(excuses|prétextes|retards|retard|excuse)",
          "(arrêtez|cessez) (de (trouver|chercher|donner|inventer) des )?(excuses|prétextes)",
        ],
        say: "nous vous serions reconnaissants de nous indiquer une date précise",
      },
      {
        match: [
          "(non négociable|pas négociable|n'est pas négociable)",
          "vous avez (\\d{1,3}|deux|trois|vingt-quatre|quarante-huit) (heures|h|jours) pour (payer|régler|répondre)",
          "(je veux|nous voulons) (mon|notre) argent",
          "(où est|où est passé) (mon|notre) argent",
          "dépêchez-vous",
        ],
        say: "pourriez-vous m'indiquer quand le règlement pourra être effectué ?",
      },
    ],
    de: [
      {
        match: [
          "(zahlen|überweisen|begleichen|bezahlen) sie~ (sofort|umgehend|unverzüglich|jetzt|augenblicklich|ohne weitere verzögerung|auf der stelle|noch heute|ab sofort)",
          "(sofortige|umgehende|unverzügliche|sofortigen|umgehenden|unverzüglichen) (zahlung|überweisung|begleichung|bezahlung|ausgleich)",
          "(sofort|umgehend|unverzüglich|augenblicklich|auf der stelle) (zu )?(zahlen|überweisen|bezahlen|begleichen|auszugleichen|ausgleichen)",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(sie müssen|müssen sie|ihr müsst|sie haben)~ (zahlen|bezahlen|überweisen|begleichen|ausgleichen|zu zahlen|zu überweisen|zu begleichen)",
          "(sie|ihr|zahlung|betrag|rechnung|anzahlung|restzahlung|überweisung|summe) (müssen|muss|müsst|hat|haben)~ (sofort|umgehend|unverzüglich|asap|heute noch|noch heute|auf der stelle|ohne verzögerung|ohne weitere verzögerung)",
          "müssen sie~ (sofort|umgehend|unverzüglich|asap|heute noch|noch heute|auf der stelle)",
          "(ich|wir) (fordere|fordern|verlange|verlangen)~ (sofort|umgehend|unverzüglich|die (sofortige|umgehende|unverzügliche|vollständige)|sie (hiermit )?(auf|nachdrücklich auf)|zahlung|die zahlung|eine erklärung)",
          "(fordere|fordern) (wir|ich) sie~ auf",
          "(ich|wir) (bestehe|bestehen) (darauf|auf (sofortiger|umgehender|vollständiger) zahlung)",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
      {
        match: [
          "(heute|morgen) (noch )?(unbedingt|ohne ausnahme|ohne ausrede|ohne wenn und aber)",
          "(unbedingt|ausnahmslos|ohne wenn und aber) (heute|morgen|noch heute)",
          "spätestens heute",
        ],
        say: "wenn es Ihnen möglich ist",
      },
      {
        match: [
          "keine (weiteren |neuen )?(ausreden|ausflüchte|entschuldigungen|verzögerungen) mehr",
          "(schluss|genug) mit (den |ihren )?(ausreden|ausflüchten|verzögerungen)",
          "(wir akzeptieren|ich akzeptiere|wir dulden|wir tolerieren) keine (weiteren )?(ausreden|ausflüchte|verzögerungen)",
          "(sparen sie sich|verschonen sie uns mit) (ihre|ihren) (ausreden|ausflüchten)",
        ],
        say: "wir würden uns über ein konkretes Datum freuen",
      },
      {
        match: [
          "nicht verhandelbar",
          "sie haben (\\d{1,3}|zwei|drei|vierundzwanzig|achtundvierzig) (stunden|tage|werktage) (zeit)? ?(um|zu|für)",
          "(\\d{1,3}|zwei|drei) stunden zeit",
          "(wir wollen|ich will) (unser|mein) geld",
          "wo (ist|bleibt) (unser|mein) geld",
          "beeilen sie sich",
        ],
        say: "könnten Sie mir mitteilen, wann die Zahlung erfolgen kann?",
      },
    ],
    pt: [
      {
        match: [
          "(pague|paguem|pagar|efetue|efetuem|realize|realizem|transfira|transfiram|deposite|depositem|quite|quitem)~ (imediatamente|agora mesmo|hoje mesmo|de imediato|sem (mais )?demora|urgentemente)",
          "(pagamento|transferência|quitação|depósito) (imediat[oa])",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
      {
        match: [
          "(você|vocês|o senhor|a senhora|sua empresa) (deve|devem|tem que|têm que|tem de|têm de|é obrigad[oa] a|são obrigados a)~ (pagar|efetuar o pagamento|quitar|transferir|depositar|realizar o pagamento|fazer o pagamento)",
          "(deve|devem|tem que|têm que|tem de|têm de|precisa|precisam)~ (imediatamente|o quanto antes|urgentemente|hoje mesmo|agora mesmo|sem demora|de imediato)",
          "(exijo|exigimos|exigiremos)",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
      {
        match: ["((hoje|amanhã|esta semana) )?(mesmo )?sem falta"],
        say: "se possível",
      },
      {
        match: [
          "(chega de|basta de|sem mais|nada de|não (quero|queremos|aceito|aceitamos|aceitaremos) mais) (desculpas|justificativas|enrolação|histórias|atrasos|desculpa)",
          "(pare|parem) de (dar|arranjar|inventar) (desculpas|justificativas)",
        ],
        say: "agradeceríamos uma data concreta",
      },
      {
        match: [
          "(inegociável|não é negociável|não negociável)",
          "(você|vocês) (tem|têm) (só |apenas )?(\\d{1,3}|duas|três|vinte e quatro) (horas|dias|dias úteis) para (pagar|responder|quitar)",
          "(quero|queremos) (meu|nosso|o) dinheiro",
          "(cadê|onde está) (o|meu|nosso) dinheiro",
          "(se apresse|apressem-se|anda logo)",
        ],
        say: "poderia me informar quando o pagamento poderá ser feito?",
      },
    ],
    ru: [
      {
        match: [
          "(оплатите|заплатите|переведите|погасите|перечислите|оплатить|заплатить|перевести|погасить|перечислить|рассчитайтесь|произведите оплату)~ (немедленно|срочно|сейчас же|сию минуту|незамедлительно|безотлагательно|сегодня же|прямо сейчас|тотчас|без промедления|без задержек)",
          "(немедленно|срочно|незамедлительно|безотлагательно|сегодня же|сейчас же|прямо сейчас|без промедления)~ (оплатите|заплатите|переведите|погасите|перечислите|оплатить|заплатить|перевести|погасить|перечислить|произвести оплату|произведите оплату|рассчитайтесь|рассчитаться)",
          "(немедленн*|незамедлительн*) (оплат*|погашени*|перевод*|перечислени*)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
      {
        match: [
          "(вы|ваша компания) (обязаны|должны|обязана|должна)~ (оплатить|заплатить|перевести|погасить|перечислить|произвести оплату|рассчитаться|платить)",
          "(должны|обязаны|нужно|необходимо)~ (немедленно|срочно|незамедлительно|сегодня же|прямо сейчас|сейчас же|безотлагательно)",
          "(я |мы )?(требую|требуем|настаиваю|настаиваем)",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
      {
        match: ["в обязательном порядке", "без (всяких )?(отговорок|оправданий)", "кровь из носу"],
        say: "если это возможно",
      },
      {
        // "Сегодня же" from the buyer is an order; from us ("мы отправим сегодня же") it is effort.
        match: ["сегодня же"],
        say: "если это возможно, сегодня",
        notBefore: "(?<!\\p{L})(мы|я|нами|нас|мне|нам)(?!\\p{L})",
      },
      {
        match: [
          "(хватит|довольно|никаких|больше никаких)~ (отговорок|оправданий|обещаний|отговорки|оправдания|кормить (нас|меня) обещаниями|завтраками)",
          "(мы |я )?(не принимаем|не примем|не принимаю) (больше )?(никаких )?(отговорок|оправданий|задержек)",
        ],
        say: "будем признательны за конкретную дату",
      },
      {
        match: [
          "(это )?не (обсуждается|подлежит обсуждению)",
          "(даём|даю|у вас есть) (вам )?(только |всего )?(\\d{1,3}|сутки|двое суток|два дня|три дня|24 часа|48 часов)~ (на оплату|чтобы оплатить|на погашение|чтобы рассчитаться)",
          "(где|когда будут) (наши|мои) деньги",
          "(верните|отдайте) (наши|мои) деньги",
          "поторопитесь",
        ],
        say: "не могли бы вы сообщить, когда сможете произвести оплату?",
      },
    ],
    ar: [
      {
        match: [
          "(ادفعوا|سددوا|حولوا|قوموا بالدفع|قوموا بالسداد|قوموا بالتحويل)~ (فورا|حالا|على الفور|في الحال|اليوم بالذات|دون تأخير|بدون تأخير|بلا تأخير|دون أي تأخير|الآن)",
          "(الدفع|السداد|التحويل) (فورا|حالا|على الفور|في الحال)",
          "(الدفع|السداد|التحويل) (الفوري|العاجل والفوري)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
      },
      {
        match: [
          "(يجب|يتعين|لا بد|لابد|يلزم) (عليكم|عليك|على شركتكم)~ (الدفع|السداد|التحويل|دفع|سداد|تحويل|أن تدفعوا|أن تسددوا|أن تحولوا)",
          "(يجب|لا بد|لابد|يتعين)~ (فورا|حالا|على الفور|في الحال|دون تأخير|بأسرع وقت ممكن|في أقرب وقت ممكن)",
          "(نطالبكم|أطالبكم|نطالب ب|أطالب ب|نصر على|أصر على|نأمركم)",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
        notBefore: "(يرجى|نرجو|الرجاء|رجاء)",
      },
      {
        match: [
          "(اليوم|غدا) (بالذات|حتما|بلا شك|دون أعذار|بدون أعذار|مهما كان|دون تأخير|بدون تأخير|بلا تأخير)",
          "(مهما كانت|مهما كان) (الظروف|الأسباب)",
        ],
        say: "إن أمكن",
      },
      {
        match: [
          "لا (أعذار|مزيد من الأعذار|مجال للأعذار|مجال للمماطلة)",
          "(كفى|كفاكم|لا نريد|لا نقبل|لن نقبل)~ (أعذار|الأعذار|أعذارا|حجج|الحجج|المزيد من الأعذار|مماطلة|المماطلة|التسويف|تسويف|مبررات|المبررات)",
          "(كفى|كفاكم) (مماطلة|تسويفا|أعذارا)",
        ],
        say: "نكون ممتنين لو حددتم لنا تاريخا واضحا",
      },
      {
        match: [
          "(غير قابل|ليس قابلا|غير خاضع) (للتفاوض|للنقاش)",
          "(لديكم|أمامكم|نمنحكم|نعطيكم) (فقط )?(\\d{1,3}|يومان|يومين|ثلاثة أيام|أربع وعشرون ساعة|ثمان وأربعون ساعة)~ (ساعة|ساعات|أيام|يوم|للدفع|للسداد)",
          "(أين|اين) (أموالنا|فلوسنا|المال|أموالي|نقودنا)",
          "(أعيدوا|ادفعوا) (أموالنا|فلوسنا|نقودنا)",
          "أسرعوا",
        ],
        say: "هل يمكنكم إعلامنا بموعد الدفع المتوقع؟",
      },
    ],
  },
};
